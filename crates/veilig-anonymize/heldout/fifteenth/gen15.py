#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""gen15.py - blind held-out test corpus "c15" for a Dutch PII anonymizer.

Theme: small Dutch (and some Flemish) businesses - physiotherapy and dental practices, vets,
pharmacies, horeca, installers, builders and painters, childcare, driving schools, lawyers and
mediators, housing associations, sports clubs, garages, farms and garden centres, IT managed
service providers.

    python3 gen15.py            writes c15.jsonl next to this file (2,000 records)
    python3 gen15.py --check    validates c15.jsonl and compares it byte for byte with a fresh build

Python 3 standard library only. Fixed seed, no set iteration and no hash(): the output does not
depend on PYTHONHASHSEED. Every mask and keep value is recorded as a span while the text is built;
nothing is searched for afterwards (the searches below only *validate*).
"""
import base64
import datetime
import hashlib
import json
import os
import random
import re
import sys
import unicodedata

SEED = 1515
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "c15.jsonl")

LABELS = ("PERSOON", "ADRES", "POSTCODE", "TELEFOON", "IBAN", "GEBOORTEDATUM", "KENTEKEN", "BSN",
          "WACHTWOORD", "API_SLEUTEL", "EMAIL")
BLOCK_ORDER = ("BSN", "PASSWORD", "API_KEY", "SALARY_SLIP", "SIGNED_CONTRACT", "CUSTOMER_LIST")
AUTO_BLOCK = (("BSN", "BSN"), ("WACHTWOORD", "PASSWORD"), ("API_SLEUTEL", "API_KEY"))
GROUPS = (("PASSWORD", 170, 35), ("API_KEY", 170, 35), ("BSN", 170, 35), ("SALARY_SLIP", 170, 30),
          ("SIGNED_CONTRACT", 170, 30), ("CUSTOMER_LIST", 170, 30), ("NEG", 330, 60), ("PII", 650, 110))
TOTAL = 2000
INTERFIX = ("van", "de", "der", "den", "ter", "ten", "het", "la", "in", "'t", "von", "da", "du", "le", "el")

R = random.Random(SEED)

# ----------------------------------------------------------------------------------------------
# value wrappers and the document builder
# ----------------------------------------------------------------------------------------------


class M:
    """A value that must be masked (label, value)."""
    __slots__ = ("label", "value")

    def __init__(self, label, value):
        assert label in LABELS, label
        self.label, self.value = label, str(value)


class K:
    """A value that must be kept unchanged."""
    __slots__ = ("value",)

    def __init__(self, value):
        self.value = str(value)


def P(v): return M("PERSOON", v)
def A(v): return M("ADRES", v)
def PC(v): return M("POSTCODE", v)
def T(v): return M("TELEFOON", v)
def IB(v): return M("IBAN", v)
def GD(v): return M("GEBOORTEDATUM", v)
def KT(v): return M("KENTEKEN", v)
def BS(v): return M("BSN", v)
def PW(v): return M("WACHTWOORD", v)
def KEY(v): return M("API_SLEUTEL", v)
def EM(v): return M("EMAIL", v)


PH_RE = re.compile(r"§(\w+)§")


class Doc:
    def __init__(self):
        self.buf = []
        self.n = 0
        self.mask = []
        self.keep = []
        self.mspans = []
        self.kspans = []
        self.noise = None

    def _raw(self, s):
        self.buf.append(s)
        self.n += len(s)

    def add(self, *xs):
        for x in xs:
            if x is None:
                continue
            if isinstance(x, str):
                if self.noise is not None and x:
                    x = self.noise(x)
                self._raw(x)
            elif isinstance(x, M):
                s = self.n
                self._raw(x.value)
                self.mspans.append((s, self.n))
                pair = [x.label, x.value]
                if pair not in self.mask:
                    self.mask.append(pair)
            elif isinstance(x, K):
                s = self.n
                self._raw(x.value)
                self.kspans.append((s, self.n))
                if x.value not in self.keep:
                    self.keep.append(x.value)
            elif isinstance(x, (list, tuple)):
                self.add(*x)
            elif isinstance(x, int):
                self.add(str(x))
            else:
                raise TypeError(repr(x))
        return self

    def f(self, fmt, **kw):
        pos = 0
        for mo in PH_RE.finditer(fmt):
            self.add(fmt[pos:mo.start()])
            self.add(kw[mo.group(1)])
            pos = mo.end()
        self.add(fmt[pos:])
        return self

    @property
    def text(self):
        return "".join(self.buf)


# ----------------------------------------------------------------------------------------------
# small helpers
# ----------------------------------------------------------------------------------------------

def ch(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


def pick(seq, n):
    """n distinct items from seq, in random order (deterministic)."""
    idx = list(range(len(seq)))
    R.shuffle(idx)
    return [seq[i] for i in idx[:n]]


def digits(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


FOLD = {"ł": "l", "Ł": "L", "ı": "i", "İ": "I", "ø": "o", "Ø": "O", "ß": "ss", "đ": "d", "æ": "ae"}


def fold(s):
    s = "".join(FOLD.get(c, c) for c in s)
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


def slug(s, sep=""):
    return re.sub(r"[^a-z0-9]+", sep, fold(s).lower()).strip(sep)


B62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
B64URL = B62 + "-_"
B64 = B62 + "+/"
HEX = "0123456789abcdef"
UPPERDIG = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def rs(n, alpha=B62):
    return "".join(alpha[R.randrange(len(alpha))] for _ in range(n))


# ----------------------------------------------------------------------------------------------
# names
# ----------------------------------------------------------------------------------------------

def L(s):
    return [x.strip() for x in s.split(",") if x.strip()]


NAMES = {
    "nl": (L("Jan, Pieter, Kees, Henk, Gerrit, Bram, Daan, Sem, Thijs, Ruben, Jeroen, Maarten, Sander, Wouter, "
             "Niels, Joost, Rik, Stijn, Wessel, Teun, Guus, Floris, Koen, Marco, Erik, Arjen, Wim, Harm, Gijs, "
             "Joris, Roel, Bart, Martijn, Vincent, Dirk, Hans, Frank, Ruud, Mark, Lars, Jesse, Tijmen, Mees, "
             "Olivier, Hugo, Job, Luuk, Melle, Willem, Cor, Evert"),
           L("Anna, Emma, Sophie, Lotte, Femke, Anouk, Sanne, Lisa, Iris, Eva, Marieke, Ingrid, Petra, "
             "Willemijn, Noor, Fleur, Lieke, Ilse, Roos, Tessa, Marloes, Esther, Annemiek, Wilma, Gerda, "
             "Hanneke, Janneke, Mirjam, Yvonne, Linda, Saskia, Karin, Monique, Manon, Judith, Daphne, Evi, "
             "Julia, Mila, Fenna, Nienke, Renske, Marijke, Joke"),
           L("Jansen, de Jong, de Vries, van den Berg, van Dijk, Bakker, Visser, Smit, Meijer, de Boer, Mulder, "
             "de Groot, Bos, Vos, Peters, Hendriks, van Leeuwen, Dekker, Brouwer, de Wit, Smits, de Graaf, "
             "van der Meer, van der Linden, Kok, Jacobs, de Haan, van den Heuvel, van der Veen, van den Broek, "
             "de Bruijn, de Bruin, van der Heijden, Schouten, van Beek, van Vliet, van de Ven, Maas, Verhoeven, "
             "Koster, van Dam, van der Wal, Prins, Blom, Huisman, de Lange, Kuipers, van Wijk, Post, Kuiper, "
             "Kramer, van den Brink, Scholten, van Wijngaarden, Martens, van der Ploeg, ter Horst, ten Brink, "
             "van 't Hof, van 't Zand, in 't Veld, op den Kamp, ten Cate, ter Haar, 't Hart, van de Laar, "
             "Timmermans, Goedhart, Hulshof, Wolters, Bruggink, Nijhuis, Oude Wesselink, Roelofs, Lammers, "
             "van Rijn, Evers, Aarts, Hoogland, Slagter, Zwart, Meulenbelt, Brinkhuis, Haverkamp, Stegeman, "
             "Wessels, van Essen, Klaassen, Ligthart, Verbeek, Heijnen, Wagemakers, van Zanten, Groenewegen, "
             "van Rossum, Hogenboom, van Ginkel, ter Steege, van der Sluis, Boersma, Hofman")),
    "fy": (L("Sjoerd, Wytze, Jelmer, Auke, Douwe, Sietse, Tjeerd, Hylke, Fokke, Jouke, Wiebe, Gerben, Hidde, "
             "Jelle, Sybren, Durk"),
           L("Jildou, Sytske, Baukje, Geeske, Tjitske, Wietske, Froukje, Marrit, Hiske, Aukje, Janke, "
             "Tsjitske, Sjoukje, Trijntje"),
           L("Hoekstra, Dijkstra, Bosma, Wiersma, Zijlstra, Postma, Hofstra, Terpstra, Sikkema, Bouma, "
             "Jongsma, Tjeerdsma, Yntema, van der Meulen, Hiemstra, Feenstra, Kooistra, Rienstra, Algra, "
             "Dykstra, Sijbesma, Haitsma, Wijnja, Elzinga, de Haan, Visser")),
    "li": (L("Sjef, Huub, Twan, Sjra, Loek, Mathieu, Guido, Roger, Jean-Paul, Funs, Thei, Ger, Bèr, Leon"),
           L("Mieke, Truus, Maud, Ellen, Anneke, Marie-José, Jolanda, Ria, Bianca, Nicole, Mariëlle, Wendy"),
           L("Smeets, Janssen, Peeters, Hermans, Ramakers, Vankan, Schreurs, Lemmens, Houben, Bemelmans, "
             "Claessens, Vliegen, Pluijmen, Coenen, Lenssen, Driessen, Wetzels, Crombach, Frissen, Pieters, "
             "Vossen, Meijers, Kurvers, Jeurissen, Gielen, Franssen, Ubachs")),
    "vl": (L("Wout, Pieter-Jan, Jens, Arne, Lander, Tuur, Seppe, Brecht, Jef, Wannes, Kobe, Dries, Bert, "
             "Stijn"),
           L("Lies, Griet, Katrien, Hanne, Elke, Nele, Ine, Fien, Marthe, Sofie, Evelien, Liesbeth, Annelies, "
             "Lotte"),
           L("Vermeulen, Claes, Peeters, Maes, Goossens, Wouters, De Smet, Van den Broeck, Verstraete, "
             "Declercq, Vandenberghe, De Backer, Van Damme, Mertens, Willems, Dewulf, Vanhoutte, De Clercq, "
             "Van Acker, Desmet, Vanneste, Cools, Verbeke, Lambrechts, Van de Velde")),
    "ma": (L("Mohamed, Youssef, Hamza, Bilal, Anouar, Karim, Said, Rachid, Mustafa, Ayoub, Ilias, Soufiane, "
             "Othman, Nordin, Abdelkader, Redouan, Mimoun"),
           L("Imane, Fatima, Khadija, Nadia, Samira, Hanane, Salma, Yasmina, Noura, Loubna, Siham, Naima, "
             "Houda, Rajae, Ikram"),
           L("el Idrissi, El Amrani, Bouzid, Benali, Ouali, Azzouzi, El Khattabi, Boukhari, Tahiri, "
             "Ait Taleb, Chaouch, Bakkali, Haddouchi, el Ouardi, Ziani, Aouragh, Amzil, Lachhab, "
             "el Moussaoui, Bennani, Ouchan, Zarrouk, Akhiyat, el Hadioui")),
    "tr": (L("Mehmet, Emre, Burak, Kerem, Murat, Hakan, Yusuf, Serkan, Ömer, Cem, Onur, Volkan, Eren, Tolga"),
           L("Elif, Zeynep, Ayşe, Esra, Büşra, Merve, Selin, Derya, Hatice, Sevgi, Özlem, Tuğba, Dilara"),
           L("Yılmaz, Yilmaz, Kaya, Demir, Çelik, Şahin, Öztürk, Aydın, Arslan, Doğan, Kılıç, Koç, Kurt, "
             "Özdemir, Erdoğan, Polat, Aksoy, Güneş, Karaca, Yıldız, Aslan, Bulut, Tekin, Korkmaz")),
    "sr": (L("Rodney, Marciano, Gregory, Ravi, Sunil, Anil, Vikash, Radjesh, Romano, Jerrel, Ricardo, "
             "Dennis, Ashwin, Sandeep"),
           L("Sharon, Priya, Shanti, Nirmala, Sarita, Chantal, Jennifer, Natasha, Kavita, Rubia, Shirley"),
           L("Ramdin, Ramsaran, Jagesar, Mahabier, Sewdien, Bhagwandin, Ramautar, Kalloe, Pinas, Doorson, "
             "Sabajo, Wijngaarde, Vrede, Eersteling, Lieveld, Kromowidjojo, Soekarman, Atmodikoro, Sardjoe, "
             "Tjin-A-Tsoi, Fung-A-Ling, Kartodikromo, Amatsaleh, Bouterse")),
    "an": (L("Jurick, Jeandro, Quincy, Shurandy, Giovanni, Rignald, Jurgen, Ruthsel, Jamiro, Raymond"),
           L("Shurenska, Rosemarie, Sharlene, Jeanine, Gisette, Ruthmila, Naomi, Sheryl, Yolanda, Sulaika"),
           L("Martina, Isenia, Maduro, Römer, Croes, Winklaar, Statia, Pietersz, Rosaria, Koeiman, Leito, "
             "Thode, Francisca, Cijntje, Janga, de Windt, Wever, Bernadina")),
    "id": (L("Bayu, Agus, Rudi, Hendra, Budi, Rocky, Semmy, Johny, Yoram, Ferry"),
           L("Dewi, Sari, Wulan, Putri, Indah, Ratna, Melati, Ivonne, Nelly"),
           L("Wibowo, Santoso, Hartono, Siregar, Nasution, Tanoto, Pattinama, Latuheru, Tahapary, Manuhutu, "
             "Sahetapy, Tuhumury, Soplantila, Pattiasina, Lekatompessy, Wattimena, Sopacua")),
    "cn": (L("Wei, Jing, Xiaoming, Jian, Hao, Zhiwei, Ming, Kevin, Jason"),
           L("Mei, Hui, Xiaoyu, Yan, Ling, Jiayi, Xinyi, Shu, Vivian"),
           L("Chen, Wang, Zhang, Liu, Lin, Huang, Cheung, Chan, Tang, Lam, Kwok, Yeung, Tjon, Liem, Tan, "
             "Zhou, Zheng, Guo, Luo, Zhao")),
    "pl": (L("Piotr, Tomasz, Krzysztof, Paweł, Marcin, Łukasz, Michał, Grzegorz, Kamil, Jakub, Wojciech"),
           L("Agnieszka, Katarzyna, Magdalena, Joanna, Małgorzata, Monika, Aleksandra, Ewa, Dorota, Justyna, "
             "Natalia"),
           L("Kowalski, Nowak, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański, "
             "Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Krawczyk, Piotrowski, Grabowski, Pawlak, "
             "Michalak")),
    "bg": (L("Georgi, Dimitar, Ivan, Nikolay, Stoyan, Hristo, Todor, Plamen, Kaloyan"),
           L("Desislava, Mariya, Elena, Tsvetelina, Yordanka, Radostina, Gergana, Viktoria, Teodora"),
           L("Petrov, Ivanov, Georgiev, Dimitrov, Stoyanov, Todorov, Kolev, Angelov, Nikolov, Hristov, Popov, "
             "Marinov, Iliev")),
    "ro": (L("Andrei, Mihai, Ionuț, Alexandru, Cristian, Bogdan, Florin, Vlad, Adrian, Sorin"),
           L("Ioana, Andreea, Roxana, Bianca, Alina, Cristina, Gabriela, Daniela, Mihaela, Larisa"),
           L("Popescu, Ionescu, Popa, Dumitru, Stan, Constantin, Munteanu, Gheorghiu, Radu, Marin, Stoica, "
             "Florea, Dobre, Barbu, Nistor")),
    "ua": (L("Oleksandr, Andriy, Dmytro, Mykola, Taras, Bohdan, Serhiy, Yaroslav, Vitaliy, Maksym"),
           L("Olena, Iryna, Oksana, Kateryna, Yuliia, Nataliia, Tetiana, Svitlana, Viktoriia, Anastasiia"),
           L("Shevchenko, Kovalenko, Bondarenko, Tkachenko, Kravchenko, Melnyk, Boyko, Oliynyk, Lysenko, "
             "Moroz, Savchenko, Rudenko, Marchenko, Petrenko, Kovalchuk, Polishchuk")),
    "sy": (L("Ahmad, Omar, Khaled, Mahmoud, Rami, Tarek, Hussam, Fadi, Wael, Samer, Yamen, Majd"),
           L("Rania, Lina, Hala, Dima, Reem, Nour, Rasha, Ghalia, Batoul, Aya, Sawsan"),
           L("Al-Hassan, Haddad, Khatib, Al Masri, Darwish, Halabi, Kassab, Shami, Al-Ahmad, Hamwi, Aljundi, "
             "Sabbagh, Al-Zoubi, Hamdan, Kanaan, Mardini")),
    "er": (L("Tesfay, Yonas, Mehari, Filmon, Yemane, Biniam, Dawit, Merhawi, Samuel, Kibrom"),
           L("Semhar, Senait, Luwam, Selam, Aster, Helen, Saba, Rahel, Winta, Feven"),
           L("Tesfamariam, Gebremedhin, Kidane, Haile, Berhe, Tewelde, Ghebreyesus, Woldemichael, Habte, "
             "Yohannes, Tekle, Araya, Abraha, Mebrahtu")),
    "so": (L("Abdi, Abdirahman, Hassan, Farah, Abdullahi, Mahad, Guled, Liban, Yusuf, Omar"),
           L("Ayaan, Hodan, Fadumo, Sahra, Ifrah, Idil, Hibaaq, Sagal, Ubah, Faiza"),
           L("Warsame, Abdullahi, Jama, Osman, Hersi, Ahmed, Egal, Mohamud, Dirie, Aden, Hirsi, Abdi")),
    "af": (L("Farid, Jawad, Wahid, Naweed, Hamid, Sohail, Zabiullah, Mirwais, Qasim, Tamim"),
           L("Zahra, Parwana, Maryam, Freshta, Nilofar, Mina, Shabnam, Mariam, Laila, Zarghona"),
           L("Ahmadzai, Hakimi, Rahimi, Karimi, Noori, Popal, Sultani, Wardak, Stanikzai, Hashimi, Safi, "
             "Amiri, Haidari, Mohammadi, Sadat")),
    "in": (L("Arjun, Rahul, Vikram, Karthik, Aditya, Rohan, Siddharth, Pranav, Nikhil, Varun"),
           L("Sneha, Ananya, Deepa, Lakshmi, Pooja, Kavya, Divya, Priyanka, Aishwarya, Meera"),
           L("Sharma, Patel, Iyer, Reddy, Nair, Gupta, Krishnan, Menon, Chatterjee, Subramanian, Venkatesan, "
             "Kulkarni, Deshpande, Banerjee, Pillai, Agarwal")),
    "gh": (L("Kwame, Kofi, Kwabena, Kojo, Kwaku, Kwasi, Emmanuel, Samuel, Prince"),
           L("Akosua, Abena, Efua, Adwoa, Afua, Akua, Gifty, Comfort, Abigail"),
           L("Mensah, Owusu, Boateng, Asante, Agyeman, Osei, Appiah, Darko, Ofori, Acheampong, Amoah, Antwi, "
             "Frimpong")),
    "br": (L("João, Rafael, Thiago, Lucas, Gabriel, Pedro, Matheus, Gustavo, Felipe, Bruno"),
           L("Beatriz, Juliana, Larissa, Camila, Fernanda, Ana Clara, Mariana, Letícia, Patrícia, Gabriela"),
           L("Silva, Oliveira, Santos, Souza, Pereira, Costa, Rodrigues, Almeida, Carvalho, Ferreira, Ribeiro, "
             "Gomes, Martins, Araújo, da Silva, dos Santos, de Souza, Barbosa")),
}
ORIGINS = ("nl", "nl", "nl", "nl", "nl", "nl", "nl", "nl", "fy", "fy", "li", "li", "vl", "ma", "ma", "ma",
           "tr", "tr", "tr", "sr", "sr", "an", "id", "cn", "pl", "pl", "bg", "ro", "ua", "ua", "sy", "sy",
           "er", "so", "af", "in", "gh", "br")
PARTICLES = ("van", "de", "der", "den", "ter", "ten", "'t", "in", "op", "het", "el", "da", "dos")
NO_CAPS_TV = ("br",)


def split_tv(s):
    words = s.split(" ")
    tv = []
    while len(words) > 1 and words[0] in PARTICLES:
        tv.append(words.pop(0))
    return " ".join(tv), " ".join(words)


def fem_surname(last, origin):
    if origin == "pl":
        for a, b in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
            if last.endswith(a):
                return last[:-len(a)] + b
    if origin == "bg" and (last.endswith("ov") or last.endswith("ev")):
        return last + "a"
    return last


class Person:
    def __init__(self, origin=None, g=None):
        self.origin = origin or ch(ORIGINS)
        males, females, surnames = NAMES[self.origin]
        self.g = g or ch("mf")
        self.first = ch(males if self.g == "m" else females)
        tv, last = split_tv(ch(surnames))
        last = fem_surname(last, self.origin) if self.g == "f" else last
        if self.origin in ("nl", "fy", "li") and self.g == "f" and chance(0.14):
            tv2, last2 = split_tv(ch(NAMES["nl"][2]))
            if last2 != last:
                last = last + "-" + (tv2 + " " if tv2 else "") + last2
        self.tv, self.last = tv, last
        parts = re.split(r"[- ]", self.first)
        ini = "".join(p[0].upper() + "." for p in parts if p)
        if self.origin in ("nl", "fy", "li", "vl") and chance(0.35):
            ini += "".join(c + "." for c in pick("ACEFGHJLMPTW", R.choice((1, 1, 2))))
        self.initials = ini

    @property
    def lastname(self):
        return (self.tv + " " if self.tv else "") + self.last

    @property
    def full(self):
        return self.first + " " + self.lastname

    @property
    def formal(self):
        if not self.tv:
            return self.last
        tv = self.tv
        if self.origin not in NO_CAPS_TV and tv[0] != "'":
            tv = tv[0].upper() + tv[1:]
        return tv + " " + self.last

    @property
    def ini(self):
        return self.initials + " " + self.lastname

    @property
    def lf(self):  # "Vries, Jan de"
        return self.last + ", " + self.first + (" " + self.tv if self.tv else "")

    @property
    def lfi(self):  # "Vries, J.P. de"
        return self.last + ", " + self.initials + (" " + self.tv if self.tv else "")

    @property
    def title(self):
        return "mevrouw" if self.g == "f" else "meneer"

    @property
    def mw(self):
        return ch(("mw.", "mevr.", "Mw.")) if self.g == "f" else ch(("dhr.", "Dhr.", "de heer"))

    @property
    def en(self):
        return "Ms" if self.g == "f" else "Mr"

    def mail(self, dom=None, style=None):
        f = slug(self.first)
        l = slug(self.lastname)
        l2 = slug(self.last.split("-")[0])
        if dom is None:
            dom = ch(FREEMAIL_BE if self.origin == "vl" else FREEMAIL)
        style = style if style is not None else R.randrange(9)
        local = (f + "." + l, f[0] + "." + l, f + l, f + "_" + l, f + str(R.randint(1, 99)),
                 f + "." + l2 + str(R.randint(70, 99)), l + "." + f, f[0] + l, f + "-" + l)[style % 9]
        return local + "@" + dom


FREEMAIL = L("gmail.com, gmail.com, gmail.com, hotmail.com, outlook.com, live.nl, ziggo.nl, kpnmail.nl, "
             "xs4all.nl, planet.nl, icloud.com, proton.me, home.nl, hetnet.nl, caiway.nl, zeelandnet.nl, "
             "upcmail.nl, yahoo.com, hotmail.nl, online.nl, solcon.nl, kabelnoord.nl, onsbrabantnet.nl")
FREEMAIL_BE = L("telenet.be, skynet.be, gmail.com, hotmail.be, proximus.be")


def pers(origin=None, g=None):
    return Person(origin, g)


def people(n, origin=None):
    out, seen = [], []
    while len(out) < n:
        p = Person(origin)
        key = (p.first, p.last)
        if key in seen or any(p.last == q.last for q in out):
            continue
        seen.append(key)
        out.append(p)
    return out


# ----------------------------------------------------------------------------------------------
# places, addresses
# ----------------------------------------------------------------------------------------------

TOWNS = [tuple(x.split("|")) for x in L(
    "Amsterdam|10|020, Rotterdam|30|010, Den Haag|25|070, Utrecht|35|030, Eindhoven|56|040, Groningen|97|050, "
    "Tilburg|50|013, Almere|13|036, Breda|48|076, Nijmegen|65|024, Apeldoorn|73|055, Haarlem|20|023, "
    "Arnhem|68|026, Enschede|75|053, Amersfoort|38|033, Zwolle|80|038, Leiden|23|071, Maastricht|62|043, "
    "Dordrecht|33|078, Leeuwarden|89|058, Sneek|86|0515, Drachten|92|0512, Heerenveen|84|0513, Assen|94|0592, "
    "Emmen|78|0591, Deventer|74|0570, Hengelo|75|074, Venlo|59|077, Roermond|60|0475, Heerlen|64|045, "
    "Sittard|61|046, Weert|60|0495, Helmond|57|0492, Oss|53|0412, 's-Hertogenbosch|52|073, Ede|67|0318, "
    "Veenendaal|39|0318, Zaandam|15|075, Purmerend|14|0299, Hilversum|12|035, Alkmaar|18|072, Hoorn|16|0229, "
    "Den Helder|17|0223, Middelburg|43|0118, Goes|44|0113, Terneuzen|45|0115, Gouda|28|0182, Delft|26|015, "
    "Zoetermeer|27|079, Lelystad|82|0320, Harderwijk|38|0341, Doetinchem|70|0314, Winterswijk|71|0543, "
    "Tiel|40|0344, Gorinchem|42|0183, Roosendaal|47|0165, Bergen op Zoom|46|0164, Uden|54|0413, "
    "Venray|58|0478, Kampen|82|038, Meppel|79|0522, Hoogeveen|79|0528, Katwijk|22|071, Schiedam|31|010, "
    "Dokkum|91|0519, Franeker|88|0517, Joure|85|0513, Almelo|76|0546, Zutphen|72|0575, Wageningen|67|0317, "
    "Barneveld|37|0342, Urk|83|0527, Woerden|34|0348, Zeist|37|030, Alphen aan den Rijn|24|0172, "
    "Boxtel|52|0411, Cuijk|54|0485, Stadskanaal|95|0599, Winschoten|96|0597, Kerkrade|64|045, "
    "Valkenburg|63|043, Oldenzaal|75|0541, Steenwijk|83|0521, Nunspeet|80|0341, Spijkenisse|32|0181, "
    "Heemskerk|19|0251, Lisse|21|0252, Emmeloord|83|0527, Veghel|54|0413, Geldrop|56|040")]
BE_TOWNS = [tuple(x.split("|")) for x in L(
    "Gent|9000|09, Antwerpen|2000|03, Brugge|8000|050, Hasselt|3500|011, Leuven|3000|016, Mechelen|2800|015, "
    "Kortrijk|8500|056, Genk|3600|089, Aalst|9300|053, Sint-Niklaas|9100|03, Turnhout|2300|014, "
    "Roeselare|8800|051")]

STREETS = L(
    "Kerkstraat, Dorpsstraat, Molenweg, Stationsweg, Schoolstraat, Julianalaan, Beatrixstraat, Wilhelminaplein, "
    "Emmastraat, Prins Hendrikkade, Hoofdstraat, Nieuwe Gracht, Oude Gracht, Achter de Kerk, Hoogend, Noordeinde, "
    "Westeinde, Voorstraat, Achterom, Zuiderdiep, Boterdiep, De Brink, Het Want, Lange Nieuwstraat, Binnenhaven, "
    "Buitenwatersloot, Marktplein, Havenkade, Veerweg, Dijkweg, Zeedijk, Bosrand, Heideweg, Eikenlaan, "
    "Berkenlaan, Beukenhof, Lindenhof, Kastanjelaan, Populierenweg, Wilgenpad, Meidoornstraat, Vlierbes, "
    "Hazelaar, Esdoornlaan, Tulpstraat, Narcissenweg, Rozengaard, Zonnebloemstraat, Klaproos, Korenbloem, "
    "Boterbloem, Zwanenveld, Reigerstraat, Merelweg, Lijsterbes, Kievitsweide, Grutto, Tureluur, Scholekster, "
    "De Akkers, Esweg, Hessenweg, Ossenmarkt, Vismarkt, Turfmarkt, Bakkerstraat, Smidsweg, Kuipersdijk, "
    "Zadelmakerstraat, Weverstraat, Lijnbaan, Touwbaan, Ambachtsweg, Industrieweg, Handelsweg, Nijverheidsweg, "
    "Energieweg, Burgemeester Roelenweg, Dokter Schaepmanstraat, Pastoor Bluemersstraat, Rijksstraatweg, "
    "Amsterdamsestraatweg, Utrechtseweg, Arnhemseweg, Groningerstraat, Leeuwerikstraat, Slingerweg, Kanaalweg, "
    "Sluiskade, Oosterhaven, Westerkade, Noorderplantsoen, Zuidsingel, Oostsingel, Vest, Looiersgracht, "
    "Brouwersgracht, Hooigracht, Steenstraat, Grote Markt, Kleine Markt, Achterweg, Bovenweg, Benedenweg, "
    "Middenweg, Overtoom, Breestraat, Sint Jansstraat, Tongerseweg, Akerstraat, Rijksweg Zuid, Kloosterhof, "
    "Abdijlaan, Torenstraat, Poortstraat, Bolwerk, Ravelijn, Kazernestraat, Tramstraat, Spoorlaan, Emmasingel, "
    "Tsjerkestrjitte, Buorren, Skoalstrjitte, Haadwei, Dyksterbuorren, Lytse Buorren, Op de Vos, In de Cramer, "
    "Aan de Fremme, Achter de Hoven, Kruisstraat, Bongerd, In de Bogaard, Op de Berg, Hoge Rijndijk, "
    "Kortenaerkade, Laan van Meerdervoort, Oudedijk, Hofweg, Wagenweg, Jan Steenstraat, Vondellaan, Ruysdaelkade, "
    "Piet Heinstraat, Paterswoldseweg, Kamp, Bergweg, Zandpad, Laarstraat, Koestraat, Heuvel, Eind")
BE_STREETS = L("Korenmarkt, Veldstraat, Kouter, Groenplaats, Steenweg op Antwerpen, Naamsestraat, "
               "Bondgenotenlaan, Koning Albertlaan, Zuidlaan, Kortrijksesteenweg, Vlaanderenstraat, Dorpsplein")
PC_LETTERS = "ABCDEGHJKLMNPRSTVWXZ"


class Addr:
    def __init__(self, street, pc, town, area, be=False):
        self.street, self.pc, self.town, self.area, self.be = street, pc, town, area, be

    def parts(self, sep=", ", townsep=" "):
        if self.be:
            return [A(self.street), sep, self.pc + townsep + self.town]
        return [A(self.street), sep, PC(self.pc), townsep + self.town]


def housenr(be=False):
    n = ch((R.randint(1, 40), R.randint(1, 40), R.randint(1, 120), R.randint(1, 320)))
    if be:
        return str(n) + ch(("", "", "", " bus " + str(R.randint(1, 12)), "/0" + str(R.randint(101, 304)), "A"))
    return str(n) + ch(("", "", "", "", "", "a", "b", "A", "B", "-1", "-2", "-3", "-hs", " hs", " II", "-III",
                        "bis", " bis", " A", "-12", "c", " rd", "-zw"))


def gen_pc(prefix, spaced=None):
    num = int(prefix) * 100 + R.randrange(100)
    if num < 1000:
        num += 1000
    while True:
        let = ch(PC_LETTERS) + ch(PC_LETTERS)
        if let not in ("SA", "SD", "SS"):
            break
    sp = (" " if chance(0.78) else "") if spaced is None else (" " if spaced else "")
    return "%04d%s%s" % (num, sp, let)


def adr(be=False, town=None, spaced=None):
    if be:
        t, pc, area = ch(BE_TOWNS)
        return Addr(ch(BE_STREETS) + " " + housenr(True), pc, t, area, True)
    t = town or ch(TOWNS)
    return Addr(ch(STREETS) + " " + housenr(), gen_pc(t[1], spaced), t[0], t[2])


def town():
    return ch(TOWNS)[0]


# ----------------------------------------------------------------------------------------------
# phone numbers
# ----------------------------------------------------------------------------------------------

def mob(style=None):
    d = ch("123458") + digits(7)
    a, b, c, e = d[:2], d[2:4], d[4:6], d[6:]
    forms = ("06-" + d, "06 " + d, "06" + d, "06 " + d[:4] + " " + d[4:], "06-" + d[:4] + " " + d[4:],
             "06 " + " ".join((a, b, c, e)), "06-" + " ".join((a, b, c, e)), "+31 6 " + d,
             "+31 6 " + d[:4] + " " + d[4:], "+31 6 " + " ".join((a, b, c, e)), "+316" + d,
             "+31 (0)6 " + d[:4] + " " + d[4:], "+31(0)6-" + d, "0031 6 " + d, "0031 6 " + " ".join((a, b, c, e)),
             "06 - " + d[:3] + " " + d[3:6] + " " + d[6:], "(06) " + d, "+31 6-" + d)
    return forms[R.randrange(len(forms)) if style is None else style % len(forms)]


def vast(area=None, style=None):
    area = area or ch(TOWNS)[2]
    sub = ch("23456789") + digits(9 - len(area))
    ia = area[1:]
    if len(sub) == 7:
        forms = (area + "-" + sub, area + " " + sub[:3] + " " + sub[3:], "(" + area + ") " + sub[:3] + " " + sub[3:5]
                 + " " + sub[5:], area + " - " + sub[:3] + " " + sub[3:5] + " " + sub[5:], "+31 " + ia + " " + sub[:3]
                 + " " + sub[3:], "+31 (0)" + ia + " " + sub, "0031 " + ia + " " + sub, "+31" + ia + sub,
                 area + sub, "+31 " + ia + "-" + sub)
    else:
        forms = (area + "-" + sub, area + " " + sub[:2] + " " + sub[2:4] + " " + sub[4:], "(" + area + ") " + sub[:2]
                 + " " + sub[2:4] + " " + sub[4:], "+31 " + ia + " " + sub[:3] + " " + sub[3:], "+31 (0)" + ia + " "
                 + sub, "0031 " + ia + " " + sub, area + " - " + sub, "+31" + ia + sub)
    return forms[R.randrange(len(forms)) if style is None else style % len(forms)]


def be_tel(area=None):
    if chance(0.55):
        d = ch(("470", "471", "472", "473", "475", "476", "477", "478", "479", "484", "485", "486", "487",
                "488", "489", "491", "492", "493", "494", "495", "496", "497", "498", "499")) + digits(6)
        a, b, c, e = d[:3], d[3:5], d[5:7], d[7:]
        return ch(("0" + a + " " + b + " " + c + " " + e, "+32 " + a + " " + b + " " + c + " " + e,
                   "+32 (0)" + a + " " + b + c + e, "0032 " + a + " " + b + " " + c + " " + e, "0" + a + "/" + b + "." + c + "." + e))
    area = area or ch(BE_TOWNS)[2]
    sub = ch("2345678") + digits(8 - len(area))
    ia = area[1:]
    if len(sub) == 7:
        return ch((area + " " + sub[:3] + " " + sub[3:5] + " " + sub[5:], "+32 " + ia + " " + sub[:3] + " " + sub[3:5]
                   + " " + sub[5:], area + "/" + sub[:3] + "." + sub[3:5] + "." + sub[5:]))
    return ch((area + " " + sub[:2] + " " + sub[2:4] + " " + sub[4:], "+32 " + ia + " " + sub[:2] + " " + sub[2:4] + " "
               + sub[4:], area + "/" + sub[:2] + "." + sub[2:4] + "." + sub[4:]))


def de_tel():
    if chance(0.6):
        pre = ch(("151", "152", "157", "160", "162", "170", "171", "172", "175", "176", "177", "178", "179"))
        d = digits(8)
        return ch(("+49 " + pre + " " + d, "+49 " + pre + " " + d[:4] + " " + d[4:], "0049 " + pre + " " + d,
                   "+49 (0)" + pre + " " + d))
    area = ch(("211", "221", "241", "2821", "2841", "2831", "251", "203", "2161", "5921"))
    sub = ch("23456789") + digits(10 - len(area) - 1)
    return ch(("+49 " + area + " " + sub, "+49 (0)" + area + " " + sub, "0049 " + area + " " + sub,
               "+49 " + area + "-" + sub))


def tel(a=None):
    """Any phone: mostly mobile, sometimes the landline of the address' town, rarely foreign."""
    r = R.random()
    if a is not None and getattr(a, "be", False):
        return be_tel(a.area if r < 0.4 else None)
    if r < 0.6:
        return mob()
    if r < 0.93:
        return vast(a.area if a is not None and chance(0.7) else None)
    if r < 0.97:
        return be_tel()
    return de_tel()


# ----------------------------------------------------------------------------------------------
# identifiers: BSN, IBAN, plates
# ----------------------------------------------------------------------------------------------

def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 9 or d == "000000000":
        return False
    tot = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return tot % 11 == 0


def bsn_digits():
    while True:
        d = [R.randint(1, 6)] + [R.randrange(10) for _ in range(7)]
        s = sum(d[i] * (9 - i) for i in range(8)) % 11
        if s < 10:
            return "".join(map(str, d)) + str(s)


def bsn(style=None):
    d = bsn_digits()
    style = R.choice((0, 0, 0, 0, 0, 1, 1, 2, 3)) if style is None else style
    return (d, d[:4] + "." + d[4:6] + "." + d[6:], d[:3] + " " + d[3:6] + " " + d[6:], d[:3] + "." + d[3:6] + "." + d[6:])[style]


def fake9(style=0):
    """Nine digits that FAIL the 11-proef (order numbers, near-miss BSN look-alikes)."""
    while True:
        if chance(0.4):
            d = bsn_digits()
            d = d[:8] + str((int(d[8]) + R.randint(1, 9)) % 10)
        else:
            d = str(R.randint(1, 9)) + digits(8)
        if not bsn_ok(d):
            break
    return (d, d[:4] + "." + d[4:6] + "." + d[6:], d[:3] + " " + d[3:6] + " " + d[6:])[style]


NL_BANKS = ("ABNA", "RABO", "INGB", "SNSB", "ASNB", "RBRB", "TRIO", "KNAB", "BUNQ", "FVLB", "NNBA", "HAND")


def _num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    if _num(s[4:] + s[:4]) % 97 != 1:
        return False
    if s.startswith("NL"):
        return len(s) == 18 and s[4:8] in NL_BANKS
    return True


def _iban(cc, bban):
    chk = 98 - _num(bban + cc + "00") % 97
    return "%s%02d%s" % (cc, chk, bban)


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def iban(spaced=None, bank=None):
    bank = bank or ch(NL_BANKS)
    if bank == "INGB":
        acct = "000" + str(R.randint(1000000, 9999999))
    else:
        while True:
            acct = digits(10)
            if acct[0] != "0" or chance(0.3):
                if sum(int(acct[i]) * (10 - i) for i in range(10)) % 11 == 0 and acct.strip("0"):
                    break
    s = _iban("NL", bank + acct)
    spaced = chance(0.3) if spaced is None else spaced
    return group4(s) if spaced else s


def iban_be(spaced=None):
    first = ch(("001", "063", "068", "310", "363", "735", "737", "750", "973", "143")) + digits(7)
    chk = int(first) % 97 or 97
    s = _iban("BE", first + "%02d" % chk)
    spaced = chance(0.7) if spaced is None else spaced
    return group4(s) if spaced else s


def iban_de():
    s = _iban("DE", ch(("37040044", "50010517", "10010010", "70020270", "30050110", "36050105")) + digits(10))
    return group4(s) if chance(0.6) else s


PLATE_L = "BDFGHJKLNPRSTVXZ"
SIDECODES = ("XX-99-XX", "XX-XX-99", "99-XX-XX", "99-XXX-9", "9-XXX-99", "XX-999-X", "X-999-XX", "XXX-99-X",
             "X-99-XXX", "9-XX-999", "999-XX-9")
BAD_PLATE = ("SS", "SD", "PVV", "SGP", "NSB", "KKK", "GVD", "TBS", "LPF", "PKK", "VVD", "SP", "CDA", "KVT")


def plate(raw=False):
    while True:
        code = ch(SIDECODES)
        out = "".join(ch(PLATE_L) if c == "X" else (str(R.randrange(10)) if c == "9" else c) for c in code)
        groups = [g for g in out.split("-") if g.isalpha()]
        if any(b in g for g in groups for b in BAD_PLATE):
            continue
        if re.match(r"^0", out):
            continue
        break
    if raw:
        out = out.replace("-", "")
        out = out.lower() if chance(0.5) else out
    return out


def plate_ok(s):
    u = s.upper()
    if "-" in u:
        shape = "".join("X" if c.isalpha() else ("9" if c.isdigit() else c) for c in u)
        return shape in SIDECODES
    shape = "".join("X" if c.isalpha() else "9" for c in u)
    return shape in [c.replace("-", "") for c in SIDECODES]


# ----------------------------------------------------------------------------------------------
# dates, times, money
# ----------------------------------------------------------------------------------------------

DAGEN = L("maandag, dinsdag, woensdag, donderdag, vrijdag, zaterdag, zondag")
DAG2 = L("ma, di, wo, do, vr, za, zo")
MAANDEN = L("januari, februari, maart, april, mei, juni, juli, augustus, september, oktober, november, december")
MND3 = L("jan, feb, mrt, apr, mei, jun, jul, aug, sep, okt, nov, dec")
EN_DAYS = L("Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday")
EN_MONTHS = L("January, February, March, April, May, June, July, August, September, October, November, December")


def rdate(start=(2025, 1, 6), span=520, workday=True):
    while True:
        dt = datetime.date(*start) + datetime.timedelta(days=R.randrange(span))
        if not workday or dt.weekday() < 5:
            return dt


def fd(dt, style=None):
    """Format a (meeting) date. Styles are named for readability."""
    st = style or ch(("wdm", "wdm", "dm", "dmy", "wdmy", "dd-mm-yyyy", "short", "d-m"))
    wd, m = dt.weekday(), dt.month - 1
    return {
        "wdm": "%s %d %s" % (DAGEN[wd], dt.day, MAANDEN[m]),
        "Wdm": "%s %d %s" % (DAGEN[wd].capitalize(), dt.day, MAANDEN[m]),
        "dm": "%d %s" % (dt.day, MAANDEN[m]),
        "dmy": "%d %s %d" % (dt.day, MAANDEN[m], dt.year),
        "wdmy": "%s %d %s %d" % (DAGEN[wd], dt.day, MAANDEN[m], dt.year),
        "dd-mm-yyyy": "%02d-%02d-%d" % (dt.day, dt.month, dt.year),
        "d-m-yyyy": "%d-%d-%d" % (dt.day, dt.month, dt.year),
        "dd/mm": "%02d/%02d" % (dt.day, dt.month),
        "d/m": "%d/%d" % (dt.day, dt.month),
        "d-m": "%d-%d" % (dt.day, dt.month),
        "iso": dt.isoformat(),
        "short": "%s %d %s" % (DAG2[wd], dt.day, MND3[m]),
        "shorty": "%s %d %s %d" % (DAG2[wd], dt.day, MND3[m], dt.year),
        "en": "%s %d %s" % (EN_DAYS[wd], dt.day, EN_MONTHS[m]),
        "eny": "%s %d, %d" % (EN_MONTHS[m], dt.day, dt.year),
        "my": "%s %d" % (MAANDEN[m], dt.year),
        "ical": dt.strftime("%Y%m%d"),
    }[st]


def bdate(lo=1945, hi=2004, style=None):
    y = R.randint(lo, hi)
    dt = datetime.date(y, 1, 1) + datetime.timedelta(days=R.randrange(365))
    st = R.randrange(9) if style is None else style
    m = dt.month - 1
    return ("%02d-%02d-%d" % (dt.day, dt.month, y), "%d-%d-%d" % (dt.day, dt.month, y),
            "%d %s %d" % (dt.day, MAANDEN[m], y), dt.isoformat(), "%02d/%02d/%d" % (dt.day, dt.month, y),
            "%02d.%02d.%d" % (dt.day, dt.month, y), "%d %s %d" % (dt.day, MND3[m], y),
            "%02d-%02d-%d" % (dt.day, dt.month, y), "%d %s %d" % (dt.day, EN_MONTHS[m], y))[st]


def tm(style=None):
    h = R.randint(8, 17) if chance(0.85) else R.randint(7, 21)
    mi = ch((0, 0, 0, 15, 30, 30, 45, 10, 20, 40, 50))
    st = R.randrange(5) if style is None else style
    return ("%02d:%02d" % (h, mi), "%d:%02d" % (h, mi), "%d.%02d uur" % (h, mi), "%02d.%02d" % (h, mi),
            "%d.%02du" % (h, mi))[st]


def thousands(n):
    s = str(n)
    out = ""
    while len(s) > 3:
        out = "." + s[-3:] + out
        s = s[:-3]
    return s + out


def money(cents, style=None):
    e, c = divmod(cents, 100)
    whole = c == 0
    st = style if style is not None else R.randrange(10)
    if st == 0:
        return "€ %s,%02d" % (thousands(e), c)
    if st == 1:
        return "€%s,%02d" % (thousands(e), c)
    if st == 2:
        return "EUR %s,%02d" % (thousands(e), c)
    if st == 3:
        return "%s,%02d euro" % (thousands(e), c)
    if st == 4:
        return ("€ %s,-" % thousands(e)) if whole else "€ %s,%02d" % (thousands(e), c)
    if st == 5:
        return ("%s euro" % thousands(e)) if whole else "€ %s,%02d" % (thousands(e), c)
    if st == 6:
        return ("EUR %s" % thousands(e)) if whole else "EUR %s,%02d" % (thousands(e), c)
    if st == 7:
        return "€ %s,%02d" % (thousands(e), c)
    if st == 8:
        return ("€%s,-" % thousands(e)) if whole else "€%s,%02d" % (thousands(e), c)
    if st == 9:
        return "€ %d,%02d" % (e, c)
    if st == 10:  # English
        return "€%s.%02d" % ("{:,}".format(e), c)
    if st == 11:  # plain in tables
        return "%s,%02d" % (thousands(e), c)
    raise ValueError(st)


def eur(lo, hi, whole=None, style=None):
    """Random amount between lo and hi euro (K value)."""
    e = R.randint(lo, hi)
    whole = chance(0.35) if whole is None else whole
    cents = e * 100 + (0 if whole else R.randrange(1, 100))
    return K(money(cents, style))


def ordno(kind=None):
    kind = kind if kind is not None else R.randrange(14)
    y = ch(("2025", "2025", "2026", "2024"))
    return (
        "ORD-%s-%05d" % (y, R.randint(1, 99999)), "F%s-%04d" % (y, R.randint(1, 9999)), "#%d" % R.randint(10000, 99999),
        "OF-%s-%03d" % (y[2:], R.randint(1, 999)), "%s/%04d" % (y, R.randint(1, 9999)),
        "WB-%05d" % R.randint(1, 99999), "ZK-%s-%04d" % (y, R.randint(1, 9999)), "INC%07d" % R.randint(1, 9999999),
        "%s%06d" % (y, R.randint(1, 999999)), "M%s %04d" % (y[2:] + "%02d" % R.randint(1, 12), R.randint(1, 9999)),
        "SO-%06d" % R.randint(1, 999999), "RES-%05d" % R.randint(1, 99999), "D%s-%03d" % (y[2:], R.randint(1, 999)),
        "CASE-%05d" % R.randint(1, 99999))[kind % 14]


# ----------------------------------------------------------------------------------------------
# sectors and companies
# ----------------------------------------------------------------------------------------------

SECTORS = {
    "fysio": dict(
        names=L("Fysiotherapie De Hoeksteen, Fysio Noorderpark, Praktijk voor Fysiotherapie Aan de Vaart, "
                "FysioFit Zuidwest, Fysiotherapie In Beweging, Manuele Therapie De Brug, Fysio & Oefentherapie Het Anker, "
                "Bekkencentrum Oost, Sportfysio De Wissel"),
        roles=L("fysiotherapeut, manueel therapeut, praktijkmanager, bekkenfysiotherapeut, secretaresse, oefentherapeut"),
        client="patiënt", clients="patiënten",
        services=[("intake en onderzoek", 45, 75), ("behandeling fysiotherapie", 36, 52), ("dry needling", 40, 55),
                  ("shockwavetherapie", 60, 95), ("groepstraining", 15, 25)],
        products=L("Intramed, Fysiomanager, Theraband, TENS-apparaat, Blackroll, Physitrack"),
        what="afspraak"),
    "tand": dict(
        names=L("Tandartspraktijk Zonnehof, Mondzorg aan de Markt, Tandartsenpraktijk De Wissel, "
                "Dental Clinic Westkwartier, Mondhygiëne Centrum Oost, Tandartspraktijk Het Lindeplein, "
                "Mondzorgcentrum De Kroon"),
        roles=L("tandarts, mondhygiënist, tandartsassistente, praktijkmanager, baliemedewerker, preventieassistent"),
        client="patiënt", clients="patiënten",
        services=[("periodieke controle (C11)", 24, 31), ("gebitsreiniging", 40, 95), ("composietvulling", 60, 130),
                  ("kroon", 590, 920), ("röntgenfoto", 17, 23), ("wortelkanaalbehandeling", 280, 640)],
        products=L("Exquise, Simplex, Oral-B iO, Philips Sonicare, TePe ragers, Invisalign"),
        what="afspraak"),
    "dier": dict(
        names=L("Dierenkliniek Het Oosten, Dierenartsenpraktijk De Kempen, Dierenarts Aan de Linge, "
                "Dierenziekenhuis Noord, Dierenkliniek De Vaart, Dierenartspraktijk Poot & Snuit"),
        roles=L("dierenarts, paraveterinair, praktijkmanager, dierenartsassistente, receptie"),
        client="eigenaar", clients="eigenaren",
        services=[("vaccinatie hond", 45, 68), ("castratie kater", 85, 140), ("gebitsbehandeling", 180, 460),
                  ("consult", 35, 58), ("bloedonderzoek", 70, 140)],
        products=L("Bravecto, Nobivac, Frontline Combo, Royal Canin Renal, Milbemax, Animana, Hill's c/d"),
        what="afspraak"),
    "apotheek": dict(
        names=L("Apotheek De Pauw, Apotheek Centrum-Oost, Service Apotheek De Linde, Apotheek Het Kruispunt, "
                "Dorpsapotheek De Vijzel, Apotheek Zuiderpoort"),
        roles=L("apotheker, apothekersassistent, bezorger, teamleider, farmakundige"),
        client="cliënt", clients="cliënten",
        services=[("bezorgservice", 2, 6), ("medicatiebeoordeling", 30, 60), ("terhandstelling", 7, 14)],
        products=L("Paracetamol 500 mg, Omeprazol 20 mg, Metformine 850 mg, Ibuprofen 400 mg, Salbutamol 100 µg, "
                   "Pharmacom, baxterrol"),
        what="bestelling"),
    "horeca": dict(
        names=L("Restaurant De Gouden Karper, Brasserie Het Veerhuis, Catering Smaakvol, Hotel Zeezicht, "
                "Eetcafé De Zwaan, Lunchroom Bij de Sluis, Partycentrum De Schakel, Hotel-Restaurant De Klok"),
        roles=L("chef-kok, bedrijfsleider, souschef, bediening, receptionist, eigenaar, zaalleiding"),
        client="gast", clients="gasten",
        services=[("lunchbuffet p.p.", 18, 34), ("3-gangenmenu", 35, 58), ("zaalhuur", 250, 650),
                  ("overnachting", 89, 165), ("walking dinner p.p.", 39, 65)],
        products=L("Lightspeed, Zenchef, Formitable, Rational iCombi Pro, Hostaway, Mews"),
        what="reservering"),
    "install": dict(
        names=L("Installatietechniek Oost, Warmte & Zon Installaties, Klimaatservice Noord, CV-Service De Vlam, "
                "Zonnestroom Brabant, Installatiebedrijf De Schakel, Duurzaam Wonen Installaties"),
        roles=L("monteur, werkvoorbereider, planner, eigenaar, servicemonteur, adviseur duurzaamheid"),
        client="klant", clients="klanten",
        services=[("onderhoud CV-ketel", 95, 145), ("vervanging CV-ketel", 2100, 3400),
                  ("hybride warmtepomp", 4800, 7900), ("zonnepanelen (10 stuks)", 4200, 6800),
                  ("storingsbezoek", 85, 125), ("thuisbatterij", 3900, 7200)],
        products=L("Remeha Tzerra Ace, Intergas Xtreme 36, Nefit EcoPlus, Vaillant ecoTEC plus, Daikin Altherma 3, "
                   "Bosch Compress 7400i, Enphase IQ8, SolarEdge SE5K, Jinko Tiger Neo, Quatt Hybrid"),
        what="afspraak"),
    "bouw": dict(
        names=L("Bouwbedrijf De Fundering, Schildersbedrijf Kleurrijk, Aannemersbedrijf Noordkwartier, "
                "Klusbedrijf Vakwerk, Dakwerken Hoog & Droog, Schildersbedrijf De Kwast, Timmerwerk Op Maat"),
        roles=L("uitvoerder, schilder, timmerman, calculator, projectleider, werkvoorbereider"),
        client="opdrachtgever", clients="opdrachtgevers",
        services=[("buitenschilderwerk", 2500, 6800), ("dakkapel", 7500, 12500), ("badkamerrenovatie", 8000, 16000),
                  ("kozijnen vervangen", 4500, 9800), ("houtrotherstel", 450, 1800)],
        products=L("Sikkens Rubbol, Sigma S2U, Velux GGL, Kingspan Unidek, Flexa Strak in de Lak"),
        what="werkzaamheden"),
    "kinder": dict(
        names=L("Kinderopvang De Speeltuin, KDV Het Kabouterhuis, BSO De Boomhut, Kinderdagverblijf Zonnestraal, "
                "Gastouderbureau Kleine Handjes, BSO Avontuur, Kinderopvang Het Vlindertje"),
        roles=L("pedagogisch medewerker, locatiemanager, planner, gastouder, assistent-leidinggevende"),
        client="ouder", clients="ouders",
        services=[("dagopvang (uurtarief)", 9, 12), ("BSO (uurtarief)", 8, 10), ("vakantieopvang per dag", 65, 95)],
        products=L("Konnect, Kindplanner, Bitcare, Ouderportaal"),
        what="plaatsing"),
    "rijschool": dict(
        names=L("Rijschool Op Weg, Autorijschool De Rotonde, Rijschool Groen Licht, Verkeersschool Noord, "
                "Rijschool Snel & Veilig, Rijschool Stuurvast"),
        roles=L("rijinstructeur, eigenaar, planner, instructeur B"),
        client="leerling", clients="leerlingen",
        services=[("rijles 60 minuten", 50, 66), ("praktijkexamen", 280, 335), ("tussentijdse toets", 240, 285),
                  ("lespakket 20 lessen", 1000, 1320)],
        products=L("Volkswagen Polo, Toyota Yaris, Peugeot 208, Kia Picanto, RijschoolApp"),
        what="les"),
    "advocaat": dict(
        names=L("Advocatenkantoor Wijs & Recht, Mediation Midden, Advocatuur De Brug, Familierecht Advocaten Oost, "
                "Arbeidsrecht Centrum Noord, Mediationpraktijk Samen Verder"),
        roles=L("advocaat, mediator, juridisch medewerker, secretaresse, advocaat-stagiaire"),
        client="cliënt", clients="cliënten",
        services=[("uurtarief", 180, 265), ("mediationtraject", 1200, 2500), ("griffierecht", 90, 320),
                  ("vaste prijs echtscheiding", 1450, 2400)],
        products=L("BaseNet, Kleos, Legalsense"),
        what="afspraak"),
    "woning": dict(
        names=L("Woningstichting Thuis, Woonstede Oost, Wooncorporatie De Sleutel, Woonbedrijf Rivierenland Zuid, "
                "Stichting Wonen Plus, Woongoed Noord"),
        roles=L("woonconsulent, opzichter, medewerker verhuur, medewerker huurincasso, wijkbeheerder"),
        client="huurder", clients="huurders",
        services=[("kale huur", 550, 880), ("servicekosten", 25, 80), ("huurachterstand", 300, 2600)],
        products=L("TOPdesk, Tobias AX, Viewpoint"),
        what="reparatieverzoek"),
    "sport": dict(
        names=L("v.v. De Zwaluwen, Tennisvereniging Het Park, Hockeyclub Voorwaarts, Zwemvereniging De Golf, "
                "Korfbalvereniging Sparta West, Sportschool FitLab, Atletiekclub De Spurt"),
        roles=L("ledenadministratie, penningmeester, trainer, secretaris, wedstrijdsecretaris, voorzitter"),
        client="lid", clients="leden",
        services=[("contributie senioren", 180, 320), ("contributie jeugd", 110, 195), ("inschrijfgeld", 15, 35)],
        products=L("Sportlink, AllUnited, KNLTB ClubApp, e-Captain"),
        what="training"),
    "garage": dict(
        names=L("Autobedrijf De Stoep, Garage Ringweg, Autoservice Centrum Oost, Bandenservice Snel, "
                "APK Station Noord, Autobedrijf Kruispunt"),
        roles=L("monteur, werkplaatschef, servicebalie, verkoper, eigenaar"),
        client="klant", clients="klanten",
        services=[("APK-keuring", 35, 62), ("grote beurt", 280, 460), ("distributieriem vervangen", 550, 920),
                  ("banden wisselen", 40, 75), ("airco-service", 90, 140)],
        products=L("Volkswagen Caddy, Ford Transit Custom, Toyota Corolla, Renault Clio, Opel Corsa, Peugeot Partner, "
                   "Kia Niro, Škoda Octavia"),
        what="werkplaatsafspraak"),
    "agro": dict(
        names=L("Tuincentrum Bloei, Boerderijwinkel 't Erf, Zorgboerderij De Hoeve, Kwekerij Het Bloemenhof, "
                "Melkveebedrijf De Weidehoek, Hoveniersbedrijf Groen & Meer"),
        roles=L("bedrijfsleider, medewerker, eigenaar, chauffeur, hovenier, teeltmanager"),
        client="klant", clients="klanten",
        services=[("groentepakket", 15, 29), ("snoeiwerk", 150, 650), ("bezorging", 7, 15), ("tuinontwerp", 350, 1200)],
        products=L("Lely Astronaut A5, DeLaval VMS, Fendt 724, John Deere 6R, Husqvarna Automower 430X"),
        what="bestelling"),
    "it": dict(
        names=L("ICT Beheer Noord, Netwerk Partners, Helder IT Services, ByteBeheer, Systeemhuis De Kern, "
                "Werkplek Online, Servicedesk Oost"),
        roles=L("systeembeheerder, servicedesk, accountmanager, consultant, netwerkbeheerder"),
        client="klant", clients="klanten",
        services=[("managed werkplek p/m", 35, 65), ("uur support", 85, 125), ("Microsoft 365-migratie", 900, 2400)],
        products=L("Microsoft 365 Business Premium, Synology DS923+, Ubiquiti UniFi, FortiGate 40F, NinjaOne, "
                   "TOPdesk, Veeam Backup"),
        what="ticket"),
}
SECTOR_KEYS = tuple(SECTORS.keys())


class Sector:
    def __init__(self, kind=None):
        self.kind = kind or ch(SECTOR_KEYS)
        d = SECTORS[self.kind]
        self.name = ch(d["names"])
        self.roles, self.client, self.clients = d["roles"], d["client"], d["clients"]
        self.services, self.products, self.what = d["services"], d["products"], d["what"]
        words = [w for w in re.split(r"[ &]+", self.name) if w]
        core = slug(words[-1]) if len(slug(words[-1])) >= 6 and len(words) >= 2 else slug("".join(words[-2:]))
        tag = {"fysio": "fysio", "tand": "mondzorg", "dier": "dierenarts", "apotheek": "apotheek",
               "horeca": "", "install": "installatie", "bouw": "", "kinder": "kinderopvang",
               "rijschool": "rijschool", "advocaat": "advocaten", "woning": "wonen", "sport": "",
               "garage": "auto", "agro": "", "it": "ict"}[self.kind]
        if tag and tag not in core:
            core = core + "-" + tag if chance(0.5) else tag + core
        self.dom = core + ch((".nl", ".nl", ".nl", ".nl", ".com", ".eu"))

    def role(self):
        return ch(self.roles)

    def service(self):
        n, lo, hi = ch(self.services)
        return n, lo, hi

    def product(self):
        return ch(self.products)

    def mail(self, box=None):
        return (box or ch(("info", "info", "planning", "administratie", "receptie", "balie", "support", "office",
                           "facturen", "contact"))) + "@" + self.dom


def sector(kind=None):
    return Sector(kind)


OTHER_COMPANIES = L("Bouwmaat, Technische Unie, Rexel, Wasco, Coolblue Zakelijk, Makro, Sligro, Hanos, Bidfood, "
                    "PostNL, DHL Parcel, Exact, Moneybird, Nmbrs, Loket.nl, AFAS, Mollie, KPN Zakelijk, Ziggo Zakelijk, "
                    "Eneco, Vattenfall, Essent, Greenchoice, Transip, Strato, Microsoft, Google Workspace")


def company():
    return K(ch(OTHER_COMPANIES))


# ----------------------------------------------------------------------------------------------
# secrets
# ----------------------------------------------------------------------------------------------

PW_WORDS = L("Zomer, Winter, Lente, Herfst, Tulp, Fiets, Molen, Kaas, Haring, Polder, Welkom, Fysio, Tanden, Kater, "
             "Hond, Paard, Zonne, Ketel, Kwast, Bagger, Dijkgraaf, Snoek, Appel, Peer, Koffie, Oranje, Storm, Zeilboot, "
             "Trekker, Koe, Stroopwafel, Kroket, Bitterbal, Lepel, Vork, Ladder, Steiger, Balkon, Sleutel, Regen")
PW_SYM = "!#$%&*?@+=-_."


def password():
    k = R.randrange(8)
    if k == 0:
        return ch(PW_WORDS) + str(R.randint(2019, 2026)) + ch(PW_SYM)
    if k == 1:
        return ch(PW_WORDS) + ch(PW_WORDS) + digits(2) + ch(PW_SYM)
    if k == 2:
        return rs(R.randint(10, 16), B62 + "!#%&*@?") + ch("!#%&*@?") + str(R.randrange(10))
    if k == 3:
        return "-".join(ch(PW_WORDS).lower() for _ in range(3)) + "-" + digits(2)
    if k == 4:
        w = ch(PW_WORDS)
        leet = w.translate(str.maketrans({"e": "3", "a": "@", "o": "0", "i": "1", "s": "$"}))
        return leet + digits(R.randint(2, 4)) + ch(PW_SYM)
    if k == 5:
        return rs(4, "ABCDEFGHJKLMNPQRSTUVWXYZ") + digits(4) + ch(PW_SYM) + rs(4, "abcdefghijkmnpqrstuvwxyz")
    if k == 6:
        return ch(PW_WORDS) + ch(PW_SYM) + ch(PW_WORDS).lower() + ch(PW_SYM) + digits(3)
    return rs(R.randint(14, 22), B62)


def jwt():
    hdr = base64.urlsafe_b64encode(json.dumps({"alg": ch(("HS256", "RS256")), "typ": "JWT"},
                                              separators=(",", ":")).encode()).decode().rstrip("=")
    pay = {"sub": str(R.randint(1000, 99999)), "role": ch(("admin", "user", "service", "planner")),
           "iat": 1735689600 + R.randrange(40000000)}
    pay["exp"] = pay["iat"] + ch((3600, 86400, 2592000))
    p = base64.urlsafe_b64encode(json.dumps(pay, separators=(",", ":")).encode()).decode().rstrip("=")
    return hdr + "." + p + "." + rs(43, B64URL)


def pem(kind=None):
    kind = kind or ch(("RSA", "PKCS8", "EC", "OPENSSH"))
    if kind == "RSA":
        body = "MIIEpAIBAAKCAQEA" + rs(64 * 24 + R.randint(10, 60) - 16, B64)
        head = "RSA PRIVATE KEY"
    elif kind == "PKCS8":
        body = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ" + rs(64 * 24 - 50 + R.randint(8, 60), B64)
        head = "PRIVATE KEY"
    elif kind == "EC":
        body = "MHcCAQEEI" + rs(64 + 64 + 99 - 9, B64) + "=="
        head = "EC PRIVATE KEY"
    else:
        body = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW" + rs(70 * 5 - 70 + R.randint(0, 60), B64)
        head = "OPENSSH PRIVATE KEY"
    w = 70 if kind == "OPENSSH" else 64
    lines = [body[i:i + w] for i in range(0, len(body), w)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (head, "\n".join(lines), head)


def apikey(kind=None):
    kinds = ("openai", "openai_legacy", "openai_svc", "anthropic", "aws_id", "github", "github_pat", "google",
             "gocspx", "stripe", "stripe_rk", "stripe_wh", "slack", "jwt", "mollie", "sendgrid", "twilio",
             "mailchimp", "hf", "gitlab", "npm", "shopify", "telegram", "azure", "do", "openrouter", "groq",
             "replicate", "discord")
    k = kind or ch(kinds)
    return {
        "openai": lambda: "sk-proj-" + rs(64, B64URL) + "T3BlbkFJ" + rs(64, B64URL),
        "openai_legacy": lambda: "sk-" + rs(20) + "T3BlbkFJ" + rs(20),
        "openai_svc": lambda: "sk-svcacct-" + rs(64, B64URL) + "T3BlbkFJ" + rs(64, B64URL),
        "anthropic": lambda: "sk-ant-api03-" + rs(93, B64URL) + "AA",
        "aws_id": lambda: ch(("AKIA", "AKIA", "AKIA")) + rs(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),
        "aws_secret": lambda: rs(40, B64),
        "github": lambda: ch(("ghp_", "ghp_", "gho_", "ghs_")) + rs(36),
        "github_pat": lambda: "github_pat_11" + rs(20, UPPERDIG) + "_" + rs(59),
        "google": lambda: "AIzaSy" + rs(33, B64URL),
        "gocspx": lambda: "GOCSPX-" + rs(28, B64URL),
        "stripe": lambda: "sk_live_51" + rs(96),
        "stripe_rk": lambda: "rk_live_51" + rs(96),
        "stripe_wh": lambda: "whsec_" + rs(32),
        "slack": lambda: "xoxb-" + digits(12) + "-" + digits(13) + "-" + rs(24),
        "slack_hook": lambda: "https://hooks.slack.com/services/T" + rs(8, UPPERDIG) + "/B" + rs(10, UPPERDIG) + "/" + rs(24),
        "jwt": jwt,
        "mollie": lambda: "live_" + rs(30),
        "sendgrid": lambda: "SG." + rs(22, B64URL) + "." + rs(43, B64URL),
        "twilio": lambda: rs(32, HEX),
        "mailchimp": lambda: rs(32, HEX) + "-us" + str(R.randint(2, 21)),
        "hf": lambda: "hf_" + rs(34, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"),
        "gitlab": lambda: "glpat-" + rs(20, B64URL),
        "npm": lambda: "npm_" + rs(36),
        "shopify": lambda: "shpat_" + rs(32, HEX),
        "telegram": lambda: str(R.randint(5000000000, 7999999999)) + ":AA" + rs(33, B64URL),
        "azure": lambda: rs(32, HEX),
        "do": lambda: "dop_v1_" + rs(64, HEX),
        "openrouter": lambda: "sk-or-v1-" + rs(64, HEX),
        "groq": lambda: "gsk_" + rs(52),
        "replicate": lambda: "r8_" + rs(37),
        "discord": lambda: "MT" + rs(24, B64URL) + "." + rs(6, B64URL) + "." + rs(38, B64URL),
        "pem": pem,
    }[k]()


# ----------------------------------------------------------------------------------------------
# noise for OCR / PDF / chat formats (applied to literal text only, never to values)
# ----------------------------------------------------------------------------------------------

OCR_SUB = {"e": ("c", "é"), "l": ("1", "I"), "o": ("0",), "i": ("í", "l", "!"), "a": ("ä", "o"), "n": ("ri",),
           "m": ("rn",), "s": ("5",), "t": ("f",), "h": ("b",), ",": (".",), ".": (",", ""), "u": ("ü", "v"),
           "r": ("n",)}


def ocr_noise(s, p=0.03):
    out = []
    for c in s:
        r = R.random()
        if r < p and c in OCR_SUB:
            out.append(ch(OCR_SUB[c]))
        elif r < p * 1.5 and c == " ":
            out.append(ch(("  ", " ", "")))
        else:
            out.append(c)
    return "".join(out)


def pdf_noise(s):
    def hy(mo):
        w = mo.group(0)
        if len(w) >= 9 and chance(0.18):
            k = R.randint(3, len(w) - 4)
            return w[:k] + "-\n" + w[k:]
        return w
    s = re.sub(r"[a-zë]{9,}", hy, s)
    return "".join(("\n" if (c == " " and chance(0.09)) else c) for c in s)


def typo_noise(s, p=0.025):
    out = list(s)
    i = 0
    res = []
    while i < len(out):
        c = out[i]
        r = R.random()
        if c.isalpha() and r < p:
            pass  # dropped letter
        elif c.isalpha() and r < 2 * p and i + 1 < len(out) and out[i + 1].isalpha():
            res.append(out[i + 1])
            res.append(c)
            i += 1
        elif c.isalpha() and r < 2.5 * p:
            res.append(c + c)
        else:
            res.append(c)
        i += 1
    return "".join(res)


def chat_noise(s):
    return typo_noise(s.lower())


# ----------------------------------------------------------------------------------------------
# reusable building blocks
# ----------------------------------------------------------------------------------------------

GREET = L("Met vriendelijke groet, Met vriendelijke groeten, Vriendelijke groet, Groet, Mvg, Hartelijke groet, "
          "Groetjes, Met hartelijke groet, Alvast bedankt en groet")


def sig(p, s, a=None, role=None, phone=None, email=None, web=None, greet=True):
    out = []
    if greet:
        out += [ch(GREET) + ",\n\n"]
    out += [P(p.full if chance(0.8) else p.ini), "\n", (role or s.role()).capitalize(), "\n", K(s.name), "\n"]
    if a is not None:
        out += a.parts(ch((", ", "\n", " | "))) + ["\n"]
    out += [ch(("T ", "Tel: ", "Telefoon: ", "M: ", "t. ", "📞 ")), T(phone or tel(a)), "\n"]
    out += [ch(("E ", "E-mail: ", "Mail: ", "e. ", "✉ ")), EM(email or p.mail(s.dom, R.randrange(4)))]
    if web if web is not None else chance(0.5):
        out += ["\n", "www." + s.dom]
    return out


def hello(p, formal=None):
    formal = chance(0.4) if formal is None else formal
    if formal:
        return ["Geachte " + p.title + " ", P(p.formal), ",\n\n"]
    return [ch(("Beste ", "Hoi ", "Hallo ", "Dag ", "Goedemorgen ", "Goedemiddag ")), P(p.first), ",\n\n"]


def gmail_quote(p, email, dt=None, t=None):
    dt = dt or rdate()
    return ["Op ", K(fd(dt, "shorty")), " om ", K(t or tm(0)), " schreef ", P(p.full), " <", EM(email), ">:\n"]


def outlook_head(p, email, to_p, to_email, subject, dt=None):
    dt = dt or rdate()
    return ["Van: ", P(p.full), " <", EM(email), ">\n", "Verzonden: ", K(fd(dt, "wdmy")), " ", K(tm(0)), "\n",
            "Aan: ", P(to_p.full) if to_p else "", " <" if to_p else "", EM(to_email), ">" if to_p else "", "\n",
            "Onderwerp: ", subject, "\n"]


def quote_lines(items):
    """Prefix '> ' on every line of literal text inside items (values stay intact, they hold no newline)."""
    out = ["> "]
    for x in items:
        if isinstance(x, str):
            out.append(x.replace("\n", "\n> "))
        else:
            out.append(x)
    return out


def csvq(s):
    return '"' + s + '"'


def kdate(style=None, **kw):
    return K(fd(rdate(**kw), style))


def ktime(style=None):
    return K(tm(style))


def kord(kind=None):
    return K(ordno(kind))


def kprod(s):
    return K(s.product())


# ----------------------------------------------------------------------------------------------
# template registry
# ----------------------------------------------------------------------------------------------

TEMPLATES = {g: [] for g, _, _ in GROUPS}


def tpl(group):
    def deco(fn):
        TEMPLATES[group].append(fn)
        return fn
    return deco


SYSTEMS = {
    "fysio": L("Intramed, Fysiomanager, Physitrack, Incura"), "tand": L("Exquise, Simplex, Oase Dentaal"),
    "dier": L("Animana, VetManager, IDEXX VetConnect PLUS"), "apotheek": L("Pharmacom, Medimo, CGM Apotheek"),
    "horeca": L("Lightspeed, Zenchef, Formitable, Mews"), "install": L("Simpro, Gripp, WorkOrderApp, Syntess"),
    "bouw": L("Bouw7, Gripp, SnelStart"), "kinder": L("Konnect, Kindplanner, Bitcare"),
    "rijschool": L("RijschoolApp, Rijschoolsoftware Pro, Mijn CBR"), "advocaat": L("BaseNet, Kleos, Legalsense"),
    "woning": L("TOPdesk, Tobias AX, Viewpoint"), "sport": L("Sportlink, AllUnited, e-Captain, KNLTB ClubApp"),
    "garage": L("Autoflex, WinAuto, Carmen Garage"), "agro": L("Exact Online, Shopify, Lely Horizon"),
    "it": L("NinjaOne, TOPdesk, Microsoft 365, Veeam Backup"),
}
GENERIC_SYSTEMS = L("Exact Online, Microsoft 365, Moneybird, Nmbrs, Google Workspace, Dropbox Business, Zivver, "
                    "SnelStart, Loket.nl, AFAS Online, Outlook, Teams, WeTransfer Pro, Mailchimp, WordPress")


def system(s=None):
    if s is not None and chance(0.7):
        return K(ch(SYSTEMS[s.kind]))
    return K(ch(GENERIC_SYSTEMS))


def uname(p, dom=None):
    k = R.randrange(6)
    if k == 0:
        return slug(p.first) + "." + slug(p.lastname)
    if k == 1:
        return slug(p.first)[0] + slug(p.last.split("-")[0])
    if k == 2:
        return EM(p.mail(dom)) if dom else slug(p.first) + str(R.randint(1, 99))
    if k == 3:
        return slug(p.first).upper()[:3] + slug(p.last)[:2].upper()
    if k == 4:
        return "admin"
    return slug(p.first)


def twotimes():
    """Two ordered times (start, end) as strings."""
    h = R.randint(8, 15)
    m1 = ch((0, 15, 30, 45))
    h2 = h + R.randint(1, 4)
    m2 = ch((0, 15, 30, 45))
    st = ch((0, 0, 3))
    f = ("%02d:%02d", "%d:%02d", "", "%02d.%02d")[st]
    return f % (h, m1), f % (h2, m2)


def tws():
    a, b = twotimes()
    return [K(a), " - ", K(b)]


CV_PRODUCTS = L("Remeha Tzerra Ace, Intergas Xtreme 36, Nefit EcoPlus, Vaillant ecoTEC plus, Remeha Avanta")


# ==============================================================================================
# PASSWORD group
# ==============================================================================================

@tpl("PASSWORD")
def pw_msp_new_account(d):
    s = sector(ch(("fysio", "tand", "dier", "apotheek", "kinder", "advocaat")))
    it = sector("it")
    p, me = pers(), pers()
    d.add(hello(p))
    d.f("Je account voor §sys§ is aangemaakt. Vanaf §dag§ kun je inloggen met:\n\nGebruikersnaam: §u§\n"
        "Tijdelijk wachtwoord: §pw§\n\nBij de eerste keer inloggen vraagt het systeem om een nieuw wachtwoord "
        "(minimaal 12 tekens). Lukt het niet, bel dan de servicedesk op §t§ en noem ticketnummer §tk§.\n\n",
        sys=system(s), dag=kdate("wdm"), u=uname(p, s.dom), pw=PW(password()), t=T(vast()), tk=kord(7))
    d.add(sig(me, it))


@tpl("PASSWORD")
def pw_whatsapp_wifi(d):
    s = sector("horeca")
    a, b = pers(), pers()
    an, bn = a.first.lower() if chance(0.5) else a.first, b.first
    d.noise = None
    d.f("[§t1§, §dt§] §a§: wie weet de wifi van de gasten nog\n", t1=K(tm(0)), dt=K(fd(rdate(), "d-m-yyyy")), a=P(an))
    d.f("[§t2§, §dt§] §b§: ", t2=K(tm(0)), dt=K(fd(rdate(), "d-m-yyyy")), b=P(bn))
    d.noise = chat_noise
    d.add("netwerk is ")
    d.noise = None
    ssid = slug(s.name.split()[-1]).capitalize() + ch(("_Gast", "-Guest", "_Gasten", "Guest5G"))
    d.add(ssid)
    d.noise = chat_noise
    d.add(" en het ww is ")
    d.noise = None
    d.f("§pw§\n", pw=PW(password()))
    d.f("[§t3§] §a§: top thx 👍", t3=K(tm(0)), a=P(an))


@tpl("PASSWORD")
def pw_topdesk_reset(d):
    s = sector("woning")
    p, op = pers(), pers()
    a = adr()
    d.f("TOPdesk - Melding §nr§\nStatus: Afgemeld\nAanmelder: §p§ (§e§)\nVestiging: §comp§\nCategorie: Account / "
        "wachtwoord\n\nVerzoek:\nKan niet meer inloggen op §sys§ na vakantie, account geblokkeerd.\n\nActie "
        "(§op§, §dt§ §t§):\nAccount ontgrendeld en wachtwoord gereset. Nieuw tijdelijk wachtwoord: §pw§\n"
        "Telefonisch doorgegeven op §tel§. Gebruiker wijzigt het zelf na eerste login.\n",
        nr=kord(9), p=P(p.full), e=EM(p.mail(s.dom, 0)), comp=K(s.name), sys=system(s), op=P(op.ini),
        dt=kdate("dd-mm-yyyy"), t=ktime(0), pw=PW(password()), tel=T(mob()))


@tpl("PASSWORD")
def pw_keepass_csv(d):
    s = sector("garage")
    owner = pers()
    d.add('"Group","Title","Username","Password","URL","Notes"\n')
    rows = [("Werkplaats", "Autoflex", uname(owner), "https://login.autoflex.nl"),
            ("Financieel", "Rabo Internetbankieren Zakelijk", slug(owner.last)[:6] + digits(3), "https://www.rabobank.nl"),
            ("Leveranciers", "Onderdelenportaal", EM(owner.mail(s.dom, 1)), "https://portal.onderdelen.nl"),
            ("Algemeen", "Wifi werkplaats", "", ""),
            ("Algemeen", "Google Business", EM(s.mail("info")), "https://business.google.com")]
    for grp, title, user, url in pick(rows, R.randint(3, 5)):
        d.add('"' + grp + '","' + title + '","', user, '","', PW(password()), '","' + url + '","',
              ch(("", "", "2FA via telefoon werkplaats", "niet delen!", "gewijzigd " + fd(rdate(), "dd-mm-yyyy"))), '"\n')


@tpl("PASSWORD")
def pw_env_file(d):
    s = sector("horeca")
    p = pers()
    d.f("# .env - reserveringsmodule §comp§ (productie)\n# beheerder: §p§\nAPP_ENV=production\nAPP_URL=https://§dom§\n"
        "DB_HOST=127.0.0.1\nDB_DATABASE=reserveringen\nDB_USERNAME=§du§\nDB_PASSWORD=§pw§\n"
        "MAIL_HOST=smtp.§dom§\nMAIL_USERNAME=§mu§\nMAIL_PASSWORD=§pw2§\nMAIL_FROM_NAME=\"§comp§\"\n",
        comp=K(s.name), p=P(p.full), dom=s.dom, du=slug(s.name.split()[-1])[:8] + "_prod", pw=PW(password()),
        mu=EM(s.mail("reserveringen")), pw2=PW(password()))


@tpl("PASSWORD")
def pw_sms_portal(d):
    s = sector("kinder")
    p = pers()
    d.f("§comp§: Beste §p§, uw account voor het ouderportaal is actief. Gebruiker: §u§ Wachtwoord: §pw§ "
        "Wijzig dit na de eerste keer inloggen. Vragen? Bel §t§.",
        comp=K(s.name), p=P(p.first if chance(0.5) else p.formal), u=EM(p.mail()), pw=PW(password()), t=T(vast()))


@tpl("PASSWORD")
def pw_teams_nas(d):
    s = sector(ch(("tand", "fysio", "advocaat", "bouw")))
    a, b = pers(), pers()
    d.f("§a§  §t1§\nkun jij even op de NAS kijken, de scans van §dag§ staan er niet\n\n§b§  §t2§\n"
        "ik zit thuis, log zelf even in: http://192.168.1.20:5000 gebruiker admin ww §pw§\n\n§a§  §t3§\n"
        "gelukt, dank. zal het straks wijzigen\n",
        a=P(a.full), t1=K(tm(0)), dag=K(ch(("vanochtend", "gisteren", fd(rdate(), "wdm")))), b=P(b.full), t2=K(tm(0)),
        pw=PW(password()), t3=K(tm(0)))


@tpl("PASSWORD")
def pw_voicemail(d):
    s = sector(ch(("install", "it", "agro")))
    p = pers()
    pw = "-".join(ch(PW_WORDS) for _ in range(2)) + "-" + digits(2)
    d.f("Voicemail van §tel§ - §dt§ §t§ (0:§sec§)\nTranscriptie (automatisch):\n\"Ja hallo, met §p§ van §comp§. "
        "Ik heb het wachtwoord van de omvormer-app aangepast zoals afgesproken, het is nu §pw§, met streepjes "
        "ertussen. Wil je dat even doorzetten naar de planning? Je kunt me terugbellen op dit nummer. Doei.\"\n",
        tel=T(mob()), dt=kdate("dd-mm-yyyy"), t=ktime(0), sec=str(R.randint(21, 59)), p=P(p.full), comp=K(s.name), pw=PW(pw))


@tpl("PASSWORD")
def pw_router_config(d):
    s = sector("agro")
    p = pers()
    d.f("! configuratie-export router winkel §comp§\n! gemaakt door §p§ op §dt§\nhostname winkel-gw01\n"
        "interface wlan0\n ssid Boerderijwinkel-Gast\n wpa_passphrase §w1§\ninterface wlan1\n ssid Kantoor-Intern\n"
        " wpa_passphrase §w2§\nadmin_user beheer\nadmin_password §w3§\n",
        comp=K(s.name), p=P(p.ini), dt=K(fd(rdate(), "iso")), w1=PW(password()), w2=PW(password()), w3=PW(password()))


@tpl("PASSWORD")
def pw_handover_markdown(d):
    s = sector(ch(("fysio", "tand", "dier", "apotheek")))
    old, new = pers(), pers()
    d.f("# Overdracht praktijkmanagement §comp§\n\nVan §o§ aan §n§, ingang §dt§.\n\n| Systeem | Account | Wachtwoord | "
        "Opmerking |\n|---|---|---|---|\n", comp=K(s.name), o=P(old.full), n=P(new.first), dt=kdate("dmy"))
    sys_list = pick(SYSTEMS[s.kind] + GENERIC_SYSTEMS, R.randint(3, 5))
    for sy in sys_list:
        d.add("| ", K(sy), " | ", uname(old, s.dom), " | ", PW(password()), " | ",
              ch(("", "2FA op praktijktelefoon", "wordt gedeeld met balie", "vervalt eind van het jaar")), " |\n")
    d.f("\nBellen bij vragen: §t§\n", t=T(mob()))


@tpl("PASSWORD")
def pw_pdf_welcome(d):
    s = sector("rijschool")
    p = pers()
    a = adr()
    d.noise = pdf_noise
    d.f("§comp§\n§addr§\n\nWelkom bij onze rijschool, §p§!\nVanaf nu kun je jouw lessen, voortgang en examendatum "
        "bekijken in de leerlingenapp. Je inloggegevens zijn persoonlijk en mogen niet gedeeld worden met "
        "andere leerlingen.\n",
        comp=K(s.name), addr=a.parts(", "), p=P(p.first))
    d.noise = None
    d.f("Inlognaam: §u§\nWachtwoord: §pw§\n", u=EM(p.mail()), pw=PW(password()))
    d.noise = pdf_noise
    d.f("Je eerste les staat gepland op §dt§ om §t§. Je instructeur haalt je op bij je huisadres. "
        "Pagina 1 van 2\n", dt=kdate("wdm"), t=ktime(0))


@tpl("PASSWORD")
def pw_contact_form(d):
    s = sector(ch(("sport", "kinder", "rijschool", "horeca")))
    p = pers()
    d.f("Nieuw bericht via het contactformulier op §dom§\n\nNaam: §p§\nE-mail: §e§\nTelefoon: §t§\nOnderwerp: "
        "Inloggen lukt niet\nBericht:\n§msg1§ §pw§ §msg2§\n\n--\nVerzonden op §dt§ om §tm§",
        dom=s.dom, p=P(p.full), e=EM(p.mail()), t=T(mob()),
        msg1=ch(("Ik kom niet in de app, ik gebruik als wachtwoord", "Hallo, inloggen geeft steeds een fout. Mijn wachtwoord is",
                 "het wachtwoord wat ik heb ingesteld is")),
        pw=PW(password()), msg2=ch(("maar hij zegt dat het onjuist is.", "en ik weet zeker dat ik het goed typ.",
                                    "kunnen jullie kijken wat er mis is?")),
        dt=kdate("dd-mm-yyyy"), tm=ktime(0))


@tpl("PASSWORD")
def pw_zendesk_english(d):
    s = sector("it")
    c, ag = pers(), pers()
    cs = sector(ch(("horeca", "install", "garage")))
    d.f("Zendesk ticket §nr§ - VPN not connecting\nRequester: §c§ <§e§>\nOrganization: §org§\nPriority: High\n\n"
        "Hi,\nSince this morning the FortiClient VPN keeps saying 'credential or ssl vpn configuration is wrong'. "
        "My username is §u§ and the password is §pw§ (I did not change it). Can you please check?\n\nThanks, §cf§\n"
        "Mobile: §t§\n\n--- Internal note (§ag§): account locked after 5 attempts, unlocked. ---\n",
        nr=kord(2), c=P(c.full), e=EM(c.mail(cs.dom, 0)), org=K(cs.name), u=slug(c.first), pw=PW(password()),
        cf=P(c.first), t=T(mob()), ag=P(ag.first))


@tpl("PASSWORD")
def pw_gmail_quoted(d):
    s = sector(ch(("bouw", "install", "advocaat")))
    a, b = pers(), pers()
    ea, eb = a.mail(s.dom, 0), b.mail()
    d.f("Dank je, het werkt weer!\n\n§b§\n\n", b=P(b.first))
    d.add(gmail_quote(a, ea))
    d.add(quote_lines(["Hoi ", P(b.first), ",\n\nIk heb je wachtwoord voor het klantportaal opnieuw ingesteld op ",
                       PW(password()), "\nGraag zelf even wijzigen na inloggen.\n\nGroet,\n", P(a.first), "\n",
                       K(s.name)]))


@tpl("PASSWORD")
def pw_pos_json(d):
    s = sector("horeca")
    p = pers()
    d.f('{\n  "venue": "§comp§",\n  "pos": {\n    "vendor": "Lightspeed",\n    "terminal": "kassa-02",\n'
        '    "manager_pin_user": "§u§",\n    "manager_password": "§pw§"\n  },\n  "contact": {\n    "name": "§p§",\n'
        '    "phone": "§t§",\n    "email": "§e§"\n  },\n  "updated": "§dt§"\n}\n',
        comp=K(s.name), u=slug(p.first), pw=PW(password()), p=P(p.full), t=T(mob()), e=EM(p.mail(s.dom, 1)),
        dt=K(fd(rdate(), "iso")))


@tpl("PASSWORD")
def pw_log_leak(d):
    s = sector(ch(("sport", "woning", "kinder")))
    p = pers()
    e = p.mail()
    ts = fd(rdate(), "iso")
    d.f("§ts§T08:14:02Z INFO  auth: login attempt user=§e§ ip=10.0.4.17\n"
        "§ts§T08:14:02Z DEBUG auth: payload={\"username\": \"§e§\", \"password\": \"§pw§\", \"remember\": true}\n"
        "§ts§T08:14:03Z WARN  auth: invalid credentials for §e§ (attempt 3/5)\n",
        ts=K(ts), e=EM(e), pw=PW(password()))


@tpl("PASSWORD")
def pw_flemish_mail(d):
    s = sector(ch(("sport", "rijschool", "kinder")))
    p, me = pers("vl"), pers("vl")
    d.f("Dag §p§,\n\nHieronder vind je de logingegevens voor het ledenplatform. Bewaar ze goed, we sturen ze niet "
        "opnieuw door.\n\nGebruikersnaam: §u§\nPaswoord: §pw§\n\nBij problemen mag je altijd bellen naar §t§.\n\n"
        "Met vriendelijke groeten,\n§me§\nsecretariaat\n",
        p=P(p.first), u=EM(p.mail()), pw=PW(password()), t=T(be_tel()), me=P(me.full))


@tpl("PASSWORD")
def pw_camera_system(d):
    s = sector(ch(("garage", "agro", "horeca", "apotheek")))
    p = pers()
    a = adr()
    d.f("Opleverbon camerasysteem\nKlant: §comp§, §addr§\nContactpersoon: §p§, §t§\n\nGeplaatst: 4x Hikvision "
        "DS-2CD2143G2 + NVR 8 kanalen\nLokaal adres NVR: 192.168.0.64\nBeheeraccount: admin\nWachtwoord: §pw§\n"
        "App-account (Hik-Connect): §e§ / §pw2§\n\nOpgeleverd op §dt§.\n",
        comp=K(s.name), addr=a.parts(", "), p=P(p.ini), t=T(tel(a)), pw=PW(password()), e=EM(p.mail()),
        pw2=PW(password()), dt=kdate("dd-mm-yyyy"))


@tpl("PASSWORD")
def pw_onboarding_checklist(d):
    s = sector()
    p, hr = pers(), pers()
    d.f("Checklist eerste werkdag - §p§ (start §dt§)\n\n[x] Arbeidscontract ontvangen\n[x] Laptop uitgegeven "
        "(HP ProBook, asset §asset§)\n[x] Windows-login: §u§ / §pw§ (tijdelijk)\n[ ] 2FA Microsoft Authenticator "
        "instellen\n[ ] Sleutel + alarmpas ophalen bij §hr§\n[ ] Rooster in §sys§\n",
        p=P(p.full), dt=kdate("dm"), asset=K("LT-" + digits(4)), u=slug(p.first) + "." + slug(p.lastname),
        pw=PW(password()), hr=P(hr.first), sys=system(s))


@tpl("PASSWORD")
def pw_sticky_ocr(d):
    s = sector(ch(("tand", "fysio", "apotheek", "garage")))
    p = pers()
    d.add("[OCR foto_", digits(4), ".jpg]\n")
    d.noise = ocr_noise
    d.add("NIET WEGGOOIEN!!\nExact Online\n")
    d.noise = None
    d.add("usr: ", EM(p.mail(s.dom, 1)), "\n")
    d.noise = ocr_noise
    d.add("pw: ")
    d.noise = None
    d.add(PW(password()), "\n")
    d.noise = ocr_noise
    d.add("bank pas in kluis, code bij ")
    d.noise = None
    d.add(P(p.first), "\n")


@tpl("PASSWORD")
def pw_shared_mailbox(d):
    s = sector(ch(("advocaat", "woning", "bouw", "install")))
    p = pers()
    d.f("Aan: alle medewerkers\nOnderwerp: nieuw wachtwoord gedeelde mailbox\n\nHoi allemaal,\n\nHet wachtwoord van "
        "de gedeelde mailbox §box§ is vandaag gewijzigd (er waren vreemde inlogpogingen uit het buitenland). "
        "Het nieuwe wachtwoord is: §pw§\nDeel dit a.u.b. niet buiten kantoor. Vanaf §dt§ zetten we "
        "tweestapsverificatie aan.\n\n§p§\n", box=EM(s.mail("info")), pw=PW(password()), dt=kdate("wdm"), p=P(p.first))


@tpl("PASSWORD")
def pw_planning_board(d):
    s = sector(ch(("install", "bouw")))
    ps = people(3)
    d.f("PLANBORD §wk§ - §comp§\n", wk=K("week " + str(R.randint(2, 51))), comp=K(s.name))
    for p in ps:
        a = adr()
        d.add(K(fd(rdate(), "short")), " | ", P(p.first), " | ", K(s.service()[0]), " | ", A(a.street), ", ", a.town, "\n")
    d.f("\nLET OP: inlog planbord-app op de tablets: §u§ / §pw§\n", u="planning", pw=PW(password()))


@tpl("PASSWORD")
def pw_html_mail(d):
    s = sector(ch(("sport", "agro", "horeca")))
    p = pers()
    d.f('<html><body style="font-family:Arial">\n<p>Beste §p§,</p>\n<p>Uw account voor de webshop van §comp§ is '
        'aangemaakt.</p>\n<table>\n<tr><td>E-mailadres:</td><td>§e§</td></tr>\n<tr><td>Wachtwoord:</td><td><strong>§pw§'
        '</strong></td></tr>\n</table>\n<p>Klantnummer: §kn§</p>\n<p>Met groene groet,<br>Team §comp§</p>\n</body></html>',
        p=P(p.formal if chance(0.5) else p.first), comp=K(s.name), e=EM(p.mail()), pw=PW(password()), kn=kord(2))


@tpl("PASSWORD")
def pw_ftp(d):
    s = sector()
    p, dev = pers(), pers()
    d.f("Hoi §p§,\n\nVoor de nieuwe website heb ik toegang nodig tot de hosting. Kun je dit controleren?\n\n"
        "FTP-host: ftp.§dom§\nGebruiker: §u§\nWachtwoord: §pw§\nPoort: 21\n\nWordPress-admin: https://§dom§/wp-admin\n"
        "Gebruiker: §u2§\nWachtwoord: §pw2§\n\nGroet,\n§dev§\n§t§\n",
        p=P(p.first), dom=s.dom, u=slug(s.name.split()[-1])[:10] + digits(2), pw=PW(password()),
        u2=uname(p), pw2=PW(password()), dev=P(dev.full), t=T(mob()))


@tpl("PASSWORD")
def pw_sports_board(d):
    s = sector("sport")
    a, b = pers(), pers()
    d.f("Van: §a§ <§ea§>\nAan: bestuur\nOnderwerp: overdracht penningmeester\n\nBeste bestuursleden,\n\nPer §dt§ draag "
        "ik het penningmeesterschap over aan §b§. Hieronder de inlog van de clubsite en de contributiemodule:\n"
        "- WordPress: §u§ / §pw§\n- §sys§: §e§ / §pw2§\nRekening van de club blijft §iban§.\n\nSportieve groet,\n§a2§\n",
        a=P(a.full), ea=EM(a.mail()), dt=kdate("dmy"), b=P(b.full), u=slug(a.first), pw=PW(password()),
        sys=system(s), e=EM(s.mail("penningmeester")), pw2=PW(password()), iban=IB(iban()), a2=P(a.first))


@tpl("PASSWORD")
def pw_vet_lab(d):
    s = sector("dier")
    p, q = pers(), pers()
    d.f("Hoi §q§,\n\nUitslagen van het bloedonderzoek (kat van §o§) staan klaar in IDEXX VetConnect. Kun jij ze "
        "bekijken? Ik ben vandaag in de buitenpraktijk.\n\nLogin praktijk: §u§\nWachtwoord: §pw§\n\nBel me als het "
        "afwijkend is: §t§\n\n§p§\n",
        q=P(q.first), o=[ch(("mevrouw ", "meneer ")), P(pers().formal)], u=EM(s.mail("lab")),
        pw=PW(password()), t=T(mob()), p=P(p.first))


@tpl("PASSWORD")
def pw_pharmacy_delivery(d):
    s = sector("apotheek")
    p, boss = pers(), pers()
    d.noise = chat_noise
    d.add("hoi ")
    d.noise = None
    d.add(P(p.first.lower()))
    d.noise = chat_noise
    d.add(" welkom bij de bezorgers! app heet apotheek-rit, inlog is je 06 nummer ")
    d.noise = None
    d.add(T(mob(2)))
    d.noise = chat_noise
    d.add(" en wachtwoord ")
    d.noise = None
    d.add(PW(password()))
    d.noise = chat_noise
    d.add(" morgen eerste rit om ")
    d.noise = None
    d.add(ktime(3), "\n- ", P(boss.first))


@tpl("PASSWORD")
def pw_sla_appendix_pdf(d):
    s = sector("it")
    c = sector(ch(("advocaat", "tand", "woning")))
    p = pers()
    d.noise = pdf_noise
    d.f("Bijlage 3 - Beheeraccounts\nBehorend bij de dienstverleningsovereenkomst tussen §it§ en §cl§. "
        "Deze bijlage is vertrouwelijk en wordt alleen verstrekt aan de contactpersoon van opdrachtgever, "
        "§p§.\n", it=K(s.name), cl=K(c.name), p=P(p.ini))
    d.noise = None
    for what in pick(L("Domeinbeheer (Global Admin), FortiGate 40F, Synology DS923+, Veeam Backup, UniFi Controller"), 3):
        d.add("- ", K(what), ": ", ch(("admin", "beheer", "it-" + slug(c.name.split()[-1])[:6])), " / ", PW(password()), "\n")
    d.noise = pdf_noise
    d.add("Wijzigingen worden doorgevoerd via de servicedesk.\n")


@tpl("PASSWORD")
def pw_whatsapp_lower(d):
    s = sector(ch(("bouw", "install", "garage", "agro")))
    a, b = pers(), pers()
    d.f("§a§: ", a=P(a.first.lower()))
    d.noise = chat_noise
    d.add("ff vraagje wat was het ww van de laptop in de bus\n")
    d.noise = None
    d.f("§b§: ", b=P(b.first.lower()))
    d.noise = chat_noise
    d.add("is ")
    d.noise = None
    d.add(PW(password()))
    d.noise = chat_noise
    d.add(" hoofdletter gevoelig\n")
    d.noise = None
    d.f("§a§: ", a=P(a.first.lower()))
    d.noise = chat_noise
    d.add("thx ben bij de klant in ")
    d.noise = None
    d.add(town())


@tpl("PASSWORD")
def pw_teamviewer(d):
    s = sector("it")
    p, c = pers(), pers()
    d.f("Doorgestuurd bericht\n---\nVan: §c§ <§ec§>\nDatum: §dt§\n\nHoi, de laptop van de balie doet raar. Je kunt "
        "meekijken via TeamViewer:\nID: §id§\nWachtwoord: §pw§\nIk ben bereikbaar op §t§.\n---\n\n§p§, kun jij dit "
        "oppakken voor §tm§?\n",
        c=P(c.full), ec=EM(c.mail()), dt=kdate("wdmy"), id="1 %03d %03d %03d" % (R.randint(100, 999), R.randint(100, 999), R.randint(100, 999)),
        pw=PW(rs(8, "abcdefghijkmnpqrstuvwxyz23456789")), t=T(tel()), p=P(p.first), tm=ktime(0))


@tpl("PASSWORD")
def pw_tsv_accounts(d):
    s = sector(ch(("kinder", "horeca", "apotheek")))
    d.add("naam\tlocatie\tgebruikersnaam\ttijdelijk_wachtwoord\tstartdatum\n")
    for p in people(R.randint(2, 4)):
        d.add(P(p.full), "\t", K(s.name), "\t", slug(p.first) + "." + slug(p.last)[:10], "\t", PW(password()), "\t",
              K(fd(rdate(), "dd-mm-yyyy")), "\n")


@tpl("PASSWORD")
def pw_english_booking(d):
    s = sector("horeca")
    p, q = pers(), pers()
    d.f("Hi §q§,\n\nWelcome to the team at §comp§! Here's the login for the booking system (Mews) so you can check "
        "the arrivals before your first shift on §dt§:\n\nuser: §e§\npassword: §pw§\n\nPlease don't share it with "
        "guests. If anything is unclear, WhatsApp me on §t§.\n\nCheers,\n§p§\nFront office manager\n",
        q=P(q.first), comp=K(s.name), dt=kdate("en"), e=EM(q.mail(s.dom, 0)), pw=PW(password()), t=T(mob()), p=P(p.first))


@tpl("PASSWORD")
def pw_docker_compose(d):
    s = sector("it")
    p = pers()
    d.f("# docker-compose.yml - klantportaal (beheer: §p§, §e§)\nservices:\n  db:\n    image: postgres:16\n"
        "    environment:\n      POSTGRES_USER: portaal\n      POSTGRES_PASSWORD: §pw§\n  app:\n    image: "
        "registry.§dom§/portaal:latest\n    environment:\n      ADMIN_EMAIL: §ae§\n      ADMIN_PASSWORD: §pw2§\n",
        p=P(p.ini), e=EM(p.mail(s.dom, 1)), pw=PW(password()), dom=s.dom, ae=EM(s.mail("support")), pw2=PW(password()))


@tpl("PASSWORD")
def pw_freshdesk_note(d):
    s = sector(ch(("woning", "it", "sport")))
    p, ag = pers(), pers()
    a = adr()
    d.f("Freshdesk #§nr§ · Privé notitie door §ag§\n\nKlant §p§ (§addr§) belde om §t§. Kon niet inloggen op "
        "het huurdersportaal. §Ze§ gaf zelf §haar§ wachtwoord door: §pw§ - daarmee lukt het ons ook niet, dus account "
        "geblokkeerd. Reset-link gestuurd naar §e§. Klant geadviseerd nooit §haar§ wachtwoord door te geven.\n",
        Ze="Ze" if p.g == "f" else "Hij", haar="haar" if p.g == "f" else "zijn",
        nr=K(str(R.randint(10000, 99999))), ag=P(ag.first), p=P(p.full), addr=a.parts(", "), t=ktime(0),
        pw=PW(password()), e=EM(p.mail()))


@tpl("PASSWORD")
def pw_sms_2fa_and_pw(d):
    s = sector(ch(("fysio", "tand", "dier")))
    p = pers()
    code = digits(6)
    d.f("SMS aan §t§:\n§comp§: uw verificatiecode is §code§ (5 min geldig).\n\nSMS aan §t§:\nUw tijdelijke "
        "wachtwoord voor het patiëntenportaal is §pw§. Log in via §dom§/portaal.\n",
        t=T(mob()), comp=K(s.name), code=code, pw=PW(password()), dom=s.dom)


@tpl("PASSWORD")
def pw_mediation_sharefile(d):
    s = sector("advocaat")
    p, m = pers(), pers()
    d.f("Geachte §t§ §p§,\n\nZoals besproken stel ik de stukken voor de mediation beschikbaar via ShareFile. U "
        "ontvangt een aparte e-mail met de link. Het wachtwoord om de map te openen is: §pw§\n\nOns volgende gesprek "
        "staat gepland op §dt§ om §tm§ op ons kantoor.\n\nMet vriendelijke groet,\n\n§m§\n§role§, §comp§\n§tel§\n",
        t=p.title, p=P(p.formal), pw=PW(password()), dt=kdate("wdm"), tm=ktime(0), m=P(m.ini), role="mediator",
        comp=K(s.name), tel=T(vast()))


@tpl("PASSWORD")
def pw_alarm_app_yaml(d):
    s = sector(ch(("apotheek", "tand", "garage")))
    p = pers()
    d.f("# homeassistant/secrets.yaml (§comp§)\nalarm_user: §e§\nalarm_password: §pw§\nmqtt_password: §pw2§\n"
        "notify_phone: \"§t§\"  # §p§\n",
        comp=K(s.name), e=EM(p.mail()), pw=PW(password()), pw2=PW(password()), t=T(mob(10)), p=P(p.first))



# ==============================================================================================
# API_KEY group
# ==============================================================================================

@tpl("API_KEY")
def api_env_chatbot(d):
    s = sector(ch(("horeca", "fysio", "rijschool", "garage")))
    p = pers()
    d.f("# .env chatbot website §comp§\n# aangemaakt door §p§ (§e§) op §dt§\nOPENAI_API_KEY=§k§\nOPENAI_MODEL=gpt-4o-mini\n"
        "BOT_NAME=\"Assistent §short§\"\nDAILY_LIMIT_EUR=§lim§\n",
        comp=K(s.name), p=P(p.full), e=EM(p.mail()), dt=K(fd(rdate(), "iso")), k=KEY(apikey(ch(("openai", "openai_svc")))),
        short=s.name.split()[-1], lim=str(ch((50, 100, 150, 200))))


@tpl("API_KEY")
def api_anthropic_markdown(d):
    s = sector(ch(("advocaat", "woning", "it")))
    p = pers()
    d.f("## Samenvatten van klantmails met Claude\n\nGeschreven door §p§ voor §comp§. Zet de key nog in een "
        "kluis, dit is de testversie:\n\n```python\nimport anthropic\n\nclient = anthropic.Anthropic(\n    api_key=\"§k§\"\n)\n"
        "msg = client.messages.create(\n    model=\"claude-sonnet-4-5\",\n    max_tokens=800,\n    messages=[{\"role\": \"user\", "
        "\"content\": mail_tekst}],\n)\n```\n\nKosten tot nu toe: §eur§.\n",
        p=P(p.ini), comp=K(s.name), k=KEY(apikey("anthropic")), eur=eur(3, 60))


@tpl("API_KEY")
def api_aws_credentials(d):
    s = sector(ch(("it", "bouw", "tand")))
    p = pers()
    d.f("Hoi §p§,\n\nVoor de back-up naar S3 moet je dit bestand op de server zetten als ~/.aws/credentials:\n\n"
        "[default]\naws_access_key_id = §id§\naws_secret_access_key = §sec§\nregion = eu-central-1\n\n"
        "Daarna draait de nachtelijke job om §t§. Factuur van AWS loopt via §comp§.\n\n§me§\n",
        p=P(p.first), id=KEY(apikey("aws_id")), sec=KEY(apikey("aws_secret")), t=ktime(0), comp=K(s.name),
        me=P(pers().first))


@tpl("API_KEY")
def api_github_teams(d):
    s = sector("it")
    a, b = pers(), pers()
    d.f("§a§  §t1§\nde deploy pipeline faalt, token verlopen?\n\n§b§  §t2§\nja, nieuwe gemaakt: §k§\nzet hem in de "
        "repo secrets van klantportaal-§cl§ aub\n\n§a§  §t3§\n👍 gedaan\n",
        a=P(a.full), t1=K(tm(0)), b=P(b.full), t2=K(tm(0)), k=KEY(apikey(ch(("github", "github_pat")))),
        cl=slug(sector().name.split()[-1]), t3=K(tm(0)))


@tpl("API_KEY")
def api_git_remote(d):
    s = sector()
    p = pers()
    d.f("$ git remote -v\norigin  https://§u§:§k§@github.com/§org§/website.git (fetch)\norigin  https://§u§:§k§@github.com/"
        "§org§/website.git (push)\n$ git log -1 --format='%an <%ae>'\n§p§ <§e§>\n",
        u=slug(p.first) + digits(2), k=KEY(apikey("github_pat")), org=slug(s.name, "-"), p=P(p.full), e=EM(p.mail()))


@tpl("API_KEY")
def api_gemini_env(d):
    s = sector(ch(("install", "agro", "bouw")))
    p = pers()
    d.f("Beste §p§,\n\nDe offerte-assistent gebruikt nu Gemini. In de serverconfig staat:\n\nGOOGLE_API_KEY=§k§\n"
        "GEMINI_MODEL=gemini-2.0-flash\n\nGraag in Google Cloud een budgetlimiet van §lim§ per maand instellen. "
        "Vragen? §t§.\n\nGroet,\n§me§\n",
        p=P(p.formal if chance(0.3) else p.first), k=KEY(apikey("google")), lim=K(money(ch((5000, 10000, 20000)), 4)),
        t=T(mob()), me=P(pers().full))


@tpl("API_KEY")
def api_stripe_mail(d):
    s = sector(ch(("sport", "horeca", "agro")))
    dev, p = pers(), pers()
    d.f("Hoi §p§,\n\nBetalingen via de nieuwe webshop van §comp§ werken. Ik heb de live-sleutels gezet:\n\n"
        "STRIPE_SECRET_KEY=§k§\nSTRIPE_WEBHOOK_SECRET=§wh§\n\nEerste echte betaling: §eur§ op §dt§ (ordernr §o§).\n\n"
        "Groet, §dev§ - §t§\n",
        p=P(p.first), comp=K(s.name), k=KEY(apikey("stripe")), wh=KEY(apikey("stripe_wh")), eur=eur(12, 180),
        dt=kdate("dm"), o=kord(0), dev=P(dev.full), t=T(mob()))


@tpl("API_KEY")
def api_stripe_rk_ticket(d):
    s = sector("it")
    c, ag = pers(), pers()
    cs = sector(ch(("horeca", "sport")))
    d.f("TOPdesk melding §nr§\nAanmelder: §c§ (§org§)\nKorte omschrijving: koppeling kassasysteem met Stripe\n\n"
        "Klant meldt dat de kassakoppeling stopt. Restricted key uit het dashboard: §k§\nTelefoon klant: §t§\n\n"
        "Behandelaar: §ag§\n",
        nr=kord(9), c=P(c.full), org=K(cs.name), k=KEY(apikey("stripe_rk")), t=T(tel()), ag=P(ag.ini))


@tpl("API_KEY")
def api_slack_yaml(d):
    s = sector("it")
    p = pers()
    d.f("# config/alerts.yaml - storingsmeldingen §comp§\nslack:\n  bot_token: \"§k§\"\n  channel: \"#storingen\"\n"
        "oncall:\n  - name: \"§p§\"\n    phone: \"§t§\"\n",
        comp=K(s.name), k=KEY(apikey("slack")), p=P(p.full), t=T(mob()))


@tpl("API_KEY")
def api_slack_webhook(d):
    s = sector(ch(("install", "garage", "agro")))
    p = pers()
    d.f("Hoi §p§, de melding bij een nieuwe offerteaanvraag gaat nu naar Slack. Webhook: §k§ - niet in de code "
        "zetten die naar GitHub gaat. Test gedaan met aanvraag §o§.\n",
        p=P(p.first), k=KEY(apikey("slack_hook")), o=kord(3))


@tpl("API_KEY")
def api_jwt_curl(d):
    s = sector(ch(("kinder", "woning", "sport")))
    p = pers()
    d.f("Kun je kijken waarom dit een 500 geeft? (§p§, §e§)\n\n$ curl -s https://api.§dom§/v1/planning?datum=§dt§ \\\n"
        "    -H \"Authorization: Bearer §k§\" \\\n    -H \"Accept: application/json\"\n{\"error\":\"internal\"}\n",
        p=P(p.first), e=EM(p.mail(s.dom, 0)), dom=s.dom, dt=K(fd(rdate(), "iso")), k=KEY(apikey("jwt")))


@tpl("API_KEY")
def api_pem_mail(d):
    s = sector("it")
    p, me = pers(), pers()
    d.f("Beste §p§,\n\nHierbij de private key voor de SFTP-koppeling met de boekhouder. Zet hem in "
        "/etc/sftp/keys en rechten op 600.\n\n§k§\n\nMet vriendelijke groet,\n§me§\n§comp§\n",
        p=P(p.first), k=KEY(pem(ch(("RSA", "PKCS8")))), me=P(me.full), comp=K(s.name))


@tpl("API_KEY")
def api_openssh_chat(d):
    s = sector(ch(("it", "install")))
    a, b = pers(), pers()
    d.f("[§t1§] §a§: kan jij inloggen op de raspberry in de meterkast bij de klant?\n[§t2§] §b§: ja met deze key\n"
        "§k§\n[§t3§] §a§: ok en welk adres? \n[§t4§] §b§: §adr§\n",
        t1=K(tm(0)), a=P(a.first), t2=K(tm(0)), b=P(b.first), k=KEY(pem("OPENSSH")), t3=K(tm(0)), t4=K(tm(0)),
        adr=adr().parts(", "))


@tpl("API_KEY")
def api_service_account_json(d):
    s = sector(ch(("agro", "horeca", "sport")))
    proj = slug(s.name.split()[-1], "-") + "-" + digits(6)
    key = pem("PKCS8").replace("\n", "\\n") + "\\n"
    p = pers()
    d.f('{\n  "type": "service_account",\n  "project_id": "§proj§",\n  "private_key_id": "§pkid§",\n  "private_key": "§k§",\n'
        '  "client_email": "sheets-sync@§proj§.iam.gserviceaccount.com",\n  "client_id": "§cid§"\n}\n\n(doorgestuurd door §p§)',
        proj=proj, pkid=rs(40, HEX), k=KEY(key), cid=digits(21), p=P(p.full))


@tpl("API_KEY")
def api_mollie_settings(d):
    s = sector("agro")
    p = pers()
    d.f("Instellingen → Betaalmethoden (export §dt§)\nWinkel: §comp§\nBetaalprovider: Mollie\nLive API key: §k§\n"
        "Profiel-ID: pfl_§pid§\nMethoden: iDEAL, Bancontact, creditcard\nContact: §p§ - §t§\n",
        dt=kdate("dd-mm-yyyy"), comp=K(s.name), k=KEY(apikey("mollie")), pid=rs(10), p=P(p.full), t=T(tel()))


@tpl("API_KEY")
def api_sendgrid_wp(d):
    s = sector(ch(("kinder", "sport", "fysio")))
    p = pers()
    d.f("WP Mail SMTP - instellingen\n--------------------------------\nMailer: SendGrid\nAPI Key: §k§\nFrom Email: §fe§\n"
        "From Name: §comp§\nLaatst gewijzigd door: §p§ (§dt§)\n",
        k=KEY(apikey("sendgrid")), fe=EM(s.mail("nieuwsbrief")), comp=K(s.name), p=P(p.ini), dt=kdate("dd-mm-yyyy"))


@tpl("API_KEY")
def api_twilio(d):
    s = sector(ch(("tand", "fysio", "dier")))
    p = pers()
    d.f("Afspraakherinneringen per sms (§comp§)\n\nTWILIO_ACCOUNT_SID=AC§sid§\nTWILIO_AUTH_TOKEN=§k§\nTWILIO_FROM=§frm§\n\n"
        "Test verstuurd naar §to§ (§p§): \"Herinnering: uw afspraak is §dt§ om §t§.\"\n",
        comp=K(s.name), sid=rs(32, HEX), k=KEY(apikey("twilio")), frm=T("+3197" + digits(8)), to=T(mob(10)), p=P(p.first),
        dt=kdate("wdm"), t=ktime(0))


@tpl("API_KEY")
def api_mailchimp(d):
    s = sector(ch(("horeca", "agro", "sport")))
    p, q = pers(), pers()
    d.f("Hoi §q§,\n\nKun jij de nieuwsbrief van §comp§ koppelen aan het kassasysteem? De Mailchimp API key is §k§ "
        "(audience 'vaste gasten'). Ik ben vanaf §dt§ weg, daarna kun je §p§ bellen: §t§.\n\nDank!\n",
        q=P(q.first), comp=K(s.name), k=KEY(apikey("mailchimp")), dt=kdate("wdm"), p=P(p.full), t=T(mob()))


@tpl("API_KEY")
def api_hf_notebook(d):
    s = sector("it")
    p = pers()
    d.f("In [3]:\nfrom huggingface_hub import login\nlogin(token=\"§k§\")\n\nOut[3]:\nToken is valid (permission: write).\n"
        "Your token has been saved to /home/§u§/.cache/huggingface/token\nLogin successful\n",
        k=KEY(apikey("hf")), u=slug(p.first))


@tpl("API_KEY")
def api_gitlab_ci(d):
    s = sector("it")
    p = pers()
    d.f("Settings > CI/CD > Variables (project: klantportalen)\n\nKey                 Value                         Protected  Masked\n"
        "DEPLOY_TOKEN        §k§   yes        no\nSTAGING_HOST        staging.§dom§          no         no\n\n"
        "Toegevoegd door §p§ op §dt§\n",
        k=KEY(apikey("gitlab")), dom=s.dom, p=P(p.full), dt=kdate("dd-mm-yyyy"))


@tpl("API_KEY")
def api_npmrc(d):
    s = sector("it")
    p = pers()
    d.f("Hoi, build op de nieuwe laptop van §p§ faalt met E401. Dit staat in zijn ~/.npmrc:\n\n"
        "//registry.npmjs.org/:_authToken=§k§\n@§org§:registry=https://registry.npmjs.org/\n\nIs de token ingetrokken?\n",
        p=P(p.first), k=KEY(apikey("npm")), org=slug(s.name.split()[-1]))


@tpl("API_KEY")
def api_shopify_ticket(d):
    s = sector("agro")
    c = pers()
    d.f("Freshdesk #§nr§ - Koppeling voorraad webshop\nVan: §c§ <§e§>\n\nGoedemiddag, voor de koppeling met ons "
        "voorraadsysteem hebben jullie de Admin API-token gevraagd. Hier is hij: §k§\nWinkel: §shop§.myshopify.com\n"
        "Graag vóór §dt§ live, dan start de voorjaarsactie.\n\nGroet, §c2§\n§comp§ | §t§\n",
        nr=K(str(R.randint(10000, 99999))), c=P(c.full), e=EM(c.mail(s.dom, 1)), k=KEY(apikey("shopify")),
        shop=slug(s.name, "-"), dt=kdate("wdm"), c2=P(c.first), comp=K(s.name), t=T(tel()))


@tpl("API_KEY")
def api_telegram(d):
    s = sector(ch(("agro", "install", "sport")))
    a, b = pers(), pers()
    d.noise = None
    d.f("§a§: ", a=P(a.first.lower()))
    d.noise = chat_noise
    d.add("de bot voor de melkrobot-meldingen werkt weer. token is ")
    d.noise = None
    d.add(KEY(apikey("telegram")))
    d.noise = chat_noise
    d.add("\n")
    d.noise = None
    d.f("§b§: ", b=P(b.first.lower()))
    d.noise = chat_noise
    d.add("top, zet je m ook in de groep met ")
    d.noise = None
    d.add(P(pers().first.lower()))


@tpl("API_KEY")
def api_discord(d):
    s = sector("sport")
    p = pers()
    d.f("Notulen bestuursvergadering §comp§ - §dt§\nAanwezig: §p1§, §p2§, §p3§\n\n4. Discord-server jeugdleden\n"
        "§p1f§ heeft een bot gemaakt die trainingen aankondigt. Bot-token (voorlopig hier genoteerd, wordt verplaatst): "
        "§k§\nBesluit: akkoord, kosten §eur§ per jaar.\n",
        comp=K(s.name), dt=kdate("dmy"), p1=P(p.full), p2=P(pers().full), p3=P(pers().full), p1f=P(p.first),
        k=KEY(apikey("discord")), eur=eur(0, 40, whole=True))


@tpl("API_KEY")
def api_azure_openai(d):
    s = sector(ch(("advocaat", "woning", "tand")))
    p = pers()
    d.f("appsettings.Production.json\n{\n  \"AzureOpenAI\": {\n    \"Endpoint\": \"https://§res§.openai.azure.com/\",\n"
        "    \"ApiKey\": \"§k§\",\n    \"Deployment\": \"gpt-4o\"\n  },\n  \"Support\": { \"Contact\": \"§e§\" }\n}\n",
        res=slug(s.name.split()[-1]) + "-aoai", k=KEY(apikey("azure")), e=EM(p.mail(s.dom, 1)))


@tpl("API_KEY")
def api_digitalocean(d):
    s = sector("it")
    p = pers()
    d.f("Hoi §p§,\n\nIk heb voor de nieuwe VPS van §cl§ een token aangemaakt (scope: read/write):\n§k§\n"
        "Na de migratie op §dt§ trek ik hem weer in.\n\nGr, §me§\n",
        p=P(p.first), cl=K(sector(ch(("tand", "horeca", "bouw"))).name), k=KEY(apikey("do")), dt=kdate("wdm"), me=P(pers().first))


@tpl("API_KEY")
def api_zendesk_anthropic_en(d):
    s = sector("it")
    c = pers()
    cs = sector(ch(("advocaat", "woning", "kinder")))
    d.f("Subject: Claude integration rate limited\nFrom: §c§ <§e§>\n\nHello support,\n\nOur intake assistant at §org§ "
        "gets 429 errors since §dt§. We are on the Team plan. The key we use is §k§ - could you check whether "
        "the spend limit of §lim§ was reached?\n\nBest regards,\n§c2§\n§t§\n",
        c=P(c.full), e=EM(c.mail(cs.dom, 0)), org=K(cs.name), dt=kdate("en"), k=KEY(apikey("anthropic")),
        lim=K(money(ch((10000, 20000, 5000)), 10)), c2=P(c.full), t=T(tel()))


@tpl("API_KEY")
def api_legacy_pdf(d):
    s = sector("it")
    c = sector(ch(("tand", "fysio", "apotheek")))
    p = pers()
    d.noise = pdf_noise
    d.f("Technische overdracht - §cl§\nOpgesteld door §it§ ten behoeve van de nieuwe beheerder. De chatbot op "
        "de website gebruikt de OpenAI-koppeling die in 2023 is ingericht door §p§. De sleutel staat nog in "
        "de configuratie van de webserver:\n", cl=K(c.name), it=K(s.name), p=P(p.ini))
    d.noise = None
    d.add(KEY(apikey("openai_legacy")), "\n")
    d.noise = pdf_noise
    d.add("Advies: sleutel intrekken en vervangen door een project-key met een harde limiet.\n")


@tpl("API_KEY")
def api_aws_log(d):
    s = sector("it")
    ts = fd(rdate(), "iso")
    d.f("§ts§ 02:00:01 backup.sh[2211]: starting sync to s3://backup-§b§\n§ts§ 02:00:03 backup.sh[2211]: using "
        "AWS_ACCESS_KEY_ID=§id§ AWS_SECRET_ACCESS_KEY=§sec§\n§ts§ 02:00:04 backup.sh[2211]: An error occurred "
        "(InvalidAccessKeyId)\n§ts§ 02:00:04 backup.sh[2211]: mail sent to §e§\n",
        ts=K(ts), b=slug(sector().name.split()[-1]), id=KEY(apikey("aws_id")), sec=KEY(apikey("aws_secret")),
        e=EM(pers().mail(s.dom, 1)))


@tpl("API_KEY")
def api_gocspx(d):
    s = sector(ch(("rijschool", "kinder", "fysio")))
    p = pers()
    d.f("Inloggen met Google voor het ouder/leerlingportaal:\nClient ID: §cid§-§r§.apps.googleusercontent.com\n"
        "Client secret: §k§\nRedirect: https://§dom§/auth/google/callback\nAangemaakt door: §p§\n",
        cid=digits(12), r=rs(32, "abcdefghijklmnopqrstuvwxyz0123456789"), k=KEY(apikey("gocspx")), dom=s.dom, p=P(p.full))


@tpl("API_KEY")
def api_curl_openai_teams(d):
    s = sector(ch(("woning", "advocaat", "horeca")))
    a, b = pers(), pers()
    d.f("§a§ (§t§): werkt dit bij jou?\ncurl https://api.openai.com/v1/chat/completions -H \"Authorization: Bearer §k§\" "
        "-H \"Content-Type: application/json\" -d '{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"test\"}]}'\n"
        "§b§ (§t2§): ja, maar haal die key hier weg!\n",
        a=P(a.full), t=K(tm(0)), k=KEY(apikey("openai")), b=P(b.full), t2=K(tm(0)))


@tpl("API_KEY")
def api_python_whatsapp(d):
    s = sector(ch(("horeca", "garage", "bouw")))
    a = pers()
    d.f("§a§: ", a=P(a.first.lower()))
    d.noise = chat_noise
    d.add("hier is de code voor de offerte-bot, key zit er al in\n")
    d.noise = None
    d.f("client = Anthropic(api_key=\"§k§\")\n", k=KEY(apikey("anthropic")))
    d.f("§b§: ", b=P(pers().first.lower()))
    d.noise = chat_noise
    d.add("thanks ga ik vanavond proberen")


@tpl("API_KEY")
def api_freelancer_list(d):
    s = sector(ch(("agro", "horeca", "sport", "rijschool")))
    p, f = pers(), pers()
    d.f("Hoi §f§,\n\nZoals gevraagd de toegangsgegevens voor de nieuwe site van §comp§:\n\n- OpenAI: §k1§\n- Mollie: §k2§\n"
        "- Google Maps (server): §k3§\n\nFactuur graag naar §inv§ o.v.v. §o§.\n\nGroet,\n§p§\n",
        f=P(f.first), comp=K(s.name), k1=KEY(apikey("openai")), k2=KEY(apikey("mollie")), k3=KEY(apikey("google")),
        inv=EM(s.mail("facturen")), o=kord(3), p=P(p.full))


@tpl("API_KEY")
def api_ec_key_ticket(d):
    s = sector("it")
    c = pers()
    d.f("Ticket §nr§ - certificaat webshop verlopen\n\nKlant (§c§, §t§) heeft per ongeluk het volledige sleutelbestand "
        "in de mail geplakt:\n\n§k§\n\nActie: nieuw sleutelpaar genereren, oude intrekken.\n",
        nr=kord(13), c=P(c.full), t=T(tel()), k=KEY(pem("EC")))


@tpl("API_KEY")
def api_openrouter_groq(d):
    s = sector("it")
    p = pers()
    d.f("Experiment LLM-router (§dt§) - §p§\n\nOPENROUTER_API_KEY=§k1§\nGROQ_API_KEY=§k2§\nREPLICATE_API_TOKEN=§k3§\n\n"
        "Resultaat: Groq snelst, kosten totaal §eur§.\n",
        dt=kdate("dd-mm-yyyy"), p=P(p.full), k1=KEY(apikey("openrouter")), k2=KEY(apikey("groq")),
        k3=KEY(apikey("replicate")), eur=eur(1, 25))


@tpl("API_KEY")
def api_flemish_mail(d):
    s = sector(ch(("horeca", "agro", "sport")))
    p, me = pers("vl"), pers("vl")
    d.f("Dag §p§,\n\nIk heb de koppeling met de boekhouding klaar. De API-sleutel die je in het programma moet "
        "plakken is:\n\n§k§\n\nBel gerust als het niet lukt: §t§.\n\nGroetjes,\n§me§\n",
        p=P(p.first), k=KEY(apikey(ch(("openai", "stripe", "sendgrid", "mollie")))), t=T(be_tel()), me=P(me.full))



# ==============================================================================================
# BSN group
# ==============================================================================================

@tpl("BSN")
def bsn_kdv_typeform(d):
    s = sector("kinder")
    kid = pers(ch(ORIGINS))
    mum, dad = pers(kid.origin, "f"), pers(kid.origin, "m")
    a = adr()
    d.f("Nieuwe inzending: Inschrijfformulier §comp§\n\n1. Voornaam kind\n§k§\n2. Achternaam kind\n§kl§\n3. Geboortedatum kind\n"
        "§kb§\n4. BSN kind\n§kbsn§\n5. Gewenste startdatum\n§start§\n6. Dagen\n§days§\n7. Naam ouder/verzorger 1\n§m§\n"
        "8. BSN ouder/verzorger 1 (voor de jaaropgave)\n§mbsn§\n9. Telefoon\n§t§\n10. E-mail\n§e§\n11. Adres\n§addr§\n",
        comp=K(s.name), k=P(kid.first), kl=P(kid.lastname), kb=GD(bdate(2020, 2025)), kbsn=BS(bsn()),
        start=kdate("dmy"), days=K(", ".join(pick(DAGEN[:5], 2))), m=P(mum.full), mbsn=BS(bsn()), t=T(mob()),
        e=EM(mum.mail()), addr=a.parts(", "))


@tpl("BSN")
def bsn_fysio_intake(d):
    s = sector("fysio")
    p, me = pers(), pers()
    d.f("Goedemiddag,\n\nGraag maak ik een afspraak voor mijn knie (verwijzing huisarts volgt). Mijn gegevens:\n\n"
        "Naam: §p§\nGeboortedatum: §b§\nBSN: §bsn§\nZorgverzekeraar: §zv§, polisnummer §pol§\nTelefoon: §t§\n\n"
        "Ik kan het best op §dag§ na §tm§.\n\nVriendelijke groet,\n§pf§\n",
        p=P(p.full), b=GD(bdate()), bsn=BS(bsn()), zv=K(ch(("Zilveren Kruis", "CZ", "VGZ", "Menzis", "DSW", "ONVZ", "Zorg en Zekerheid"))),
        pol=ch(("", "Z")) + digits(8), t=T(tel()), dag=K(ch(DAGEN[:5])), tm=ktime(0),
        pf=P(p.first))


@tpl("BSN")
def bsn_pharmacy_form(d):
    s = sector("apotheek")
    p = pers()
    a = adr()
    d.f("Herhaalrecept aanvragen - §comp§\n------------------------------\nNaam: §p§\nGeboortedatum: §b§\n"
        "Burgerservicenummer: §bsn§\nAdres: §addr§\nTelefoonnummer: §t§\nMedicijn: §med§\nOphalen of bezorgen: §how§\n",
        comp=K(s.name), p=P(p.ini), b=GD(bdate(1940, 1990)), bsn=BS(bsn()), addr=a.parts(", "), t=T(tel(a)),
        med=K(ch(SECTORS["apotheek"]["products"][:5])), how=ch(("bezorgen", "ophalen", "bezorgen aan huis")))


@tpl("BSN")
def bsn_payroll_onboarding(d):
    s = sector()
    p, boss = pers(), pers()
    a = adr()
    d.f("Hoi §acc§,\n\nPer §start§ komt er iemand bij. Kun je §hem§ aanmelden in de loonadministratie?\n\n"
        "Naam: §p§\nAdres: §addr§\nGeboortedatum: §b§\nBSN: §bsn§\nIBAN: §iban§\nFunctie: §role§, §uren§ uur\n"
        "Loonheffingskorting: ja\n\nGroet,\n§boss§\n§comp§\n",
        acc=P(pers().first), start=kdate("dmy"), hem="haar" if p.g == "f" else "hem", p=P(p.full), addr=a.parts(", "),
        b=GD(bdate(1965, 2006)), bsn=BS(bsn()), iban=IB(iban()), role=s.role(), uren=str(ch((16, 24, 28, 32, 36, 38, 40))),
        boss=P(boss.first), comp=K(s.name))


@tpl("BSN")
def bsn_mediation_intake(d):
    s = sector("advocaat")
    a, b = pers(g="f"), pers(g="m")
    ad = adr()
    d.f("Intakeformulier mediation - dossier §dos§\n\nPartij 1: §a§, geboren §ab§, BSN §abs§\nPartij 2: §b§, geboren §bb§, "
        "BSN §bbs§\nGezamenlijk adres (tot vertrek): §addr§\nKinderen: 2 (namen volgen)\nEerste gesprek: §dt§, §tm§\n"
        "Mediator: §m§\n",
        dos=kord(4), a=P(a.full), ab=GD(bdate(1970, 1995)), abs=BS(bsn(1)), b=P(b.full), bb=GD(bdate(1968, 1995)),
        bbs=BS(bsn(1)), addr=ad.parts(", "), dt=kdate("wdm"), tm=ktime(0), m=P(pers().ini))


@tpl("BSN")
def bsn_housing_letter_pdf(d):
    s = sector("woning")
    p = pers()
    a = adr()
    d.add(K(s.name), "\n", "Postbus ", str(R.randint(10, 9999)), "\n\n")
    d.add(p.mw + " ", P(p.ini), "\n", a.parts("\n"), "\n\n")
    d.noise = pdf_noise
    d.f("Datum: §dt§\nOns kenmerk: §ken§\nBetreft: inkomenstoets bij toewijzing\n\nGeachte heer/mevrouw,\n\nVoor de "
        "toewijzing van de woning hebben wij uw inkomensverklaring ontvangen. Wij hebben de gegevens gecontroleerd "
        "bij de Belastingdienst op basis van uw burgerservicenummer ", dt=kdate("dmy"), ken=kord(4))
    d.noise = None
    d.add(BS(bsn()))
    d.noise = pdf_noise
    d.f(". Uw verzamelinkomen valt binnen de grens van §grens§. U ontvangt binnen twee weken een uitnodiging "
        "voor de bezichtiging.\n", grens=K(money(ch((4758200, 5264700, 4893000)), 4)))


@tpl("BSN")
def bsn_whatsapp_loon(d):
    s = sector(ch(("horeca", "agro", "bouw")))
    boss, w = pers(), pers(ch(("pl", "ro", "bg", "ua", "nl")))
    d.f("§b§: ", b=P(boss.first))
    d.noise = chat_noise
    d.add("stuur je even je bsn voor de loonadministratie?\n")
    d.noise = None
    d.f("§w§: ", w=P(w.first.lower()))
    d.noise = chat_noise
    d.add("ja is ")
    d.noise = None
    d.add(BS(bsn(0)))
    d.noise = chat_noise
    d.add(" en mijn rekening ")
    d.noise = None
    d.add(IB(iban(False)), "\n")
    d.f("§b§: ", b=P(boss.first))
    d.noise = chat_noise
    d.add("top dank je")


@tpl("BSN")
def bsn_rijschool_cbr(d):
    s = sector("rijschool")
    p, me = pers(), pers()
    d.f("Hoi §p§,\n\nOm je praktijkexamen bij het CBR te reserveren heb ik nog je BSN nodig (staat op je paspoort "
        "of ID-kaart) en je geboortedatum.\n\n> Hoi! BSN is §bsn§ en ik ben geboren op §b§. Kan het examen in de "
        "week van §wk§?\n\nTop, ik reserveer het. Kosten praktijkexamen: §eur§.\n\n§me§, §comp§\n",
        p=P(p.first), bsn=BS(bsn()), b=GD(bdate(2006, 2008)), wk=kdate("dm"), eur=eur(280, 335), me=P(me.first),
        comp=K(s.name))


@tpl("BSN")
def bsn_dental_registration(d):
    s = sector("tand")
    p = pers()
    a = adr()
    d.f("INSCHRIJFFORMULIER NIEUWE PATIËNT\n§comp§\n\nAchternaam: §ln§\nVoorletters: §ini§\nGeslacht: §g§\n"
        "Geboortedatum: §b§\nBSN: §bsn§\nStraat + huisnummer: §str§\nPostcode: §pc§   Woonplaats: §town§\nTelefoon: §t§\n"
        "E-mail: §e§\nVorige tandarts: §prev§\n",
        comp=K(s.name), ln=P(p.formal), ini=p.initials, g="V" if p.g == "f" else "M", b=GD(bdate()), bsn=BS(bsn()),
        str=A(a.street), pc=PC(a.pc), town=a.town, t=T(tel(a)), e=EM(p.mail()), prev=K(sector("tand").name))


@tpl("BSN")
def bsn_vet_employee(d):
    s = sector("dier")
    p = pers()
    d.f("Personeelsdossier - §comp§\nMedewerker: §p§ (paraveterinair)\nIn dienst: §dt§\nGeboortedatum: §b§\nBSN: §bsn§\n"
        "Noodcontact: §nc§, §t§\nVOG ontvangen: ja\n",
        comp=K(s.name), p=P(p.full), dt=kdate("dd-mm-yyyy"), b=GD(bdate(1975, 2004)), bsn=BS(bsn()),
        nc=P(pers().full), t=T(mob()))


@tpl("BSN")
def bsn_vog_sport(d):
    s = sector("sport")
    p, sec = pers(), pers()
    d.f("Beste §p§,\n\nAls jeugdtrainer heb je een VOG nodig. Wij vragen hem voor je aan via Justis; daarvoor "
        "hebben we deze gegevens van je gekregen:\n\nNaam: §pf§\nGeboortedatum: §b§\nBSN: §bsn§\nE-mail: §e§\n\nJe "
        "krijgt een link van Justis om met DigiD te betalen (vereniging vergoedt §eur§).\n\nSportieve groet,\n§sec§, "
        "secretaris §comp§\n",
        p=P(p.first), pf=P(p.full), b=GD(bdate(1980, 2007)), bsn=BS(bsn()), e=EM(p.mail()), eur=eur(41, 45),
        sec=P(sec.full), comp=K(s.name))


@tpl("BSN")
def bsn_garage_loonheffing_pdf(d):
    s = sector("garage")
    p = pers()
    a = adr()
    d.noise = pdf_noise
    d.add("Opgaaf gegevens voor de loonheffingen\nDeel 1 - in te vullen door de werknemer\n")
    d.noise = None
    d.f("1 Burgerservicenummer §bsn§\n2 Voorletters en naam §ini§\n3 Adres §str§\n4 Postcode en woonplaats §pc§ §town§\n"
        "5 Geboortedatum §b§\n", bsn=BS(bsn(0)), ini=P(p.ini), str=A(a.street), pc=PC(a.pc), town=a.town,
        b=GD(bdate(1970, 2007, 0)))
    d.noise = pdf_noise
    d.f("6 Wilt u dat uw werkgever rekening houdt met de loonheffingskorting? Ja, vanaf §dt§\nDeel 2 - "
        "in te vullen door de werkgever: §comp§\n", dt=kdate("dd-mm-yyyy"), comp=K(s.name))


@tpl("BSN")
def bsn_isde_warmtepomp(d):
    s = sector("install")
    p, me = pers(), pers()
    a = adr()
    d.f("Beste §p§,\n\nWij dienen de ISDE-subsidie voor uw §prod§ namens u in bij RVO. Controleert u de gegevens?\n\n"
        "Aanvrager: §pf§\nBSN: §bsn§\nAdres installatie: §addr§\nIBAN voor uitbetaling: §iban§\nDatum installatie: §dt§\n"
        "Verwachte subsidie: §sub§\n\nKlopt alles, dan hoeven we alleen nog uw machtiging.\n\n",
        p=[p.title + " ", P(p.formal)], prod=K(ch(("Daikin Altherma 3", "Bosch Compress 7400i", "Quatt Hybrid"))),
        pf=P(p.full), bsn=BS(bsn()), addr=a.parts(", "), iban=IB(iban()), dt=kdate("dd-mm-yyyy"),
        sub=K(money(ch((175000, 212500, 265000, 300000)), 0)))
    d.add(sig(me, s, greet=True))


@tpl("BSN")
def bsn_isde_isolatie_reply(d):
    s = sector("bouw")
    p, me = pers(), pers()
    ep = p.mail()
    d.f("Hierbij mijn BSN: §bsn§. Mijn partner staat ook op de akte, dat BSN is §bsn2§.\n\nGroet, §pf§\n\n",
        bsn=BS(bsn()), bsn2=BS(bsn()), pf=P(p.first))
    d.add(gmail_quote(me, me.mail(s.dom, 1)))
    d.add(quote_lines(["Beste ", P(p.formal), ",\n\nVoor de subsidie op de spouwmuurisolatie hebben we uw BSN nodig.\n"
                       "Met vriendelijke groet,\n", P(me.full), "\n", K(s.name)]))


@tpl("BSN")
def bsn_english_restaurant(d):
    s = sector("horeca")
    w, m = pers(ch(("pl", "ro", "bg", "ua", "br", "in"))), pers()
    d.f("Hi §m§,\n\nAs requested for my contract: my BSN (citizen service number) is §bsn§, date of birth §b§. "
        "I live at §addr§. My bank account is §iban§.\n\nSee you on §dt§ for my first shift!\n§w§\n",
        m=P(m.first), bsn=BS(bsn()), b=GD(bdate(1985, 2005, 8)), addr=adr().parts(", "), iban=IB(iban()),
        dt=kdate("en"), w=P(w.full))


@tpl("BSN")
def bsn_kot_csv_small(d):
    s = sector("kinder")
    d.add("kind;geboortedatum;bsn_kind;ouder_aanvrager;bsn_ouder;uren_per_maand\n")
    for _ in range(R.randint(2, 3)):
        k = pers()
        par = pers(k.origin)
        d.add(P(k.first), ";", GD(bdate(2019, 2025, 0)), ";", BS(bsn(0)), ";",
              P(par.full), ";", BS(bsn(0)), ";", str(R.randint(40, 160)), "\n")


@tpl("BSN")
def bsn_aangifte_ib(d):
    s = sector("advocaat")
    a, b = pers(g="m"), pers(g="f")
    d.f("Checklist aangifte inkomstenbelasting 2025\n\nBelastingplichtige: §a§ - BSN §abs§ - geboren §ab§\nFiscaal partner: §b§ "
        "- BSN §bbs§ - geboren §bb§\nWOZ-waarde woning: §woz§\nHypotheekrente: §rente§\nAfspraak bespreken: §dt§ §tm§\n",
        a=P(a.full), abs=BS(bsn(2)), ab=GD(bdate(1955, 1990)), b=P(b.full), bbs=BS(bsn(2)), bb=GD(bdate(1955, 1992)),
        woz=eur(280000, 690000, True, 0), rente=eur(2500, 14000), dt=kdate("wdm"), tm=ktime(0))


@tpl("BSN")
def bsn_verwijsbrief_pdf(d):
    s = sector("fysio")
    p, gp = pers(), pers()
    d.noise = pdf_noise
    d.add("VERWIJSBRIEF FYSIOTHERAPIE\nHuisartsenpraktijk ", town(), "\n")
    d.noise = None
    d.f("Patiënt: §p§\nGeb.datum: §b§\nBSN: §bsn§\nAdres: §addr§\n", p=P(p.ini), b=GD(bdate(1940, 2000, 0)), bsn=BS(bsn()),
        addr=adr().parts(", "))
    d.noise = pdf_noise
    d.f("Diagnose: aspecifieke lage rugklachten sinds §mnd§, geen rode vlaggen. Graag behandeling volgens "
        "richtlijn.\nMet collegiale groet,\n", mnd=K(ch(MAANDEN)))
    d.noise = None
    d.f("§gp§, huisarts\n", gp=P(gp.ini))


@tpl("BSN")
def bsn_hr_json_log(d):
    s = sector()
    p = pers()
    d.f("§ts§ ERROR payroll-sync: export failed for record {\"employee_id\": §eid§, \"name\": \"§p§\", \"bsn\": \"§bsn§\", "
        "\"iban\": \"§iban§\", \"birth_date\": \"§b§\"} - field 'startdatum' missing\n",
        ts=K(fd(rdate(), "iso") + "T06:00:12Z"), eid=str(R.randint(100, 999)), p=P(p.full), bsn=BS(bsn(0)), iban=IB(iban(False)),
        b=GD(bdate(1960, 2005, 3)))


@tpl("BSN")
def bsn_zendesk_english(d):
    s = sector("it")
    c = pers()
    d.f("Ticket #§nr§ (Zendesk) - DigiD / payroll portal\nFrom: §c§ <§e§>\n\nHi, the payroll portal says my citizen "
        "service number is wrong. It should be §bsn§ (I double checked on my residence permit). Date of birth §b§. "
        "Please fix before the salary run on §dt§.\nThanks, §cf§\n",
        nr=K(str(R.randint(10000, 99999))), c=P(c.full), e=EM(c.mail()), bsn=BS(bsn()), b=GD(bdate(1980, 2003, 8)),
        dt=kdate("en"), cf=P(c.first))


@tpl("BSN")
def bsn_ocr_id(d):
    s = sector(ch(("woning", "advocaat", "kinder")))
    p = pers()
    d.add("[scan kopie-id.pdf - OCR]\n")
    d.noise = ocr_noise
    d.add("KONINKRIJK DER NEDERLANDEN\nIDENTITEITSKAART\nNaam / Surname\n")
    d.noise = None
    d.add(P(p.last.upper()), "\n")
    d.noise = ocr_noise
    d.add("Voornamen / Given names\n")
    d.noise = None
    d.add(P(p.first.upper()), "\n")
    d.noise = ocr_noise
    d.add("Geboortedatum / Date of birth\n")
    d.noise = None
    dt = datetime.date(R.randint(1950, 2004), R.randint(1, 12), R.randint(1, 28))
    d.add(GD("%02d %s/%s %d" % (dt.day, MND3[dt.month - 1].upper(), EN_MONTHS[dt.month - 1][:3].upper(), dt.year)), "\n")
    d.noise = ocr_noise
    d.add("Persoonsnummer / Personal No.\n")
    d.noise = None
    d.add(BS(bsn(1)), "\n")
    d.noise = ocr_noise
    d.add("Geldig tot / Date of expiry\n")
    d.noise = None
    d.add(K(fd(rdate((2028, 1, 1), 2000, False), "dd-mm-yyyy")), "\n")


@tpl("BSN")
def bsn_teams_hr(d):
    s = sector()
    a, b, p = pers(), pers(), pers()
    d.f("§a§ §t1§\nweet jij het BSN van §p§? Loket geeft een foutmelding\n§b§ §t2§\nstaat in het personeelsdossier: "
        "§bsn§\n§a§ §t3§\nthx, werkt\n",
        a=P(a.full), t1=K(tm(0)), p=P(p.full), b=P(b.full), t2=K(tm(0)), bsn=BS(bsn()), t3=K(tm(0)))


@tpl("BSN")
def bsn_voicemail(d):
    s = sector(ch(("apotheek", "tand", "fysio")))
    p = pers()
    d.f("Voicemail §dt§ §tm§ van §tel§\n\"Goedemorgen, u spreekt met §p§. Ik bel over mijn medicijnen, die zijn nog "
        "niet bezorgd. Mijn burgerservicenummer is §bsn§ en mijn geboortedatum §b§. U kunt mij terugbellen op "
        "§tel2§. Dank u wel.\"\n",
        dt=kdate("dd-mm-yyyy"), tm=ktime(0), tel=T(tel()), p=P(p.full if chance(0.5) else p.title + " " + p.formal),
        bsn=BS(bsn(2)), b=GD(bdate(1935, 1970, 2)), tel2=T(tel()))


@tpl("BSN")
def bsn_sms(d):
    s = sector(ch(("woning", "kinder", "advocaat")))
    p = pers()
    d.f("SMS van §t§ (§dt§ §tm§):\nHoi, hier §p§. Mijn bsn is §bsn§ voor het formulier. Mvg\n",
        t=T(mob()), dt=kdate("d-m"), tm=ktime(0), p=P(p.first), bsn=BS(bsn(0)))


@tpl("BSN")
def bsn_outlook_quoted(d):
    s = sector(ch(("woning", "advocaat", "kinder", "it")))
    p, me = pers(), pers()
    ep, em = p.mail(), me.mail(s.dom, 1)
    d.f("Dank u, de aanvraag is compleet. U hoort binnen vijf werkdagen van ons.\n\n§me§\n\n", me=P(me.first))
    d.add(outlook_head(p, ep, me, em, "RE: ontbrekende gegevens aanvraag"))
    d.f("\nBeste §me§,\n\nHierbij de gevraagde gegevens. Mijn BSN is §bsn§ en dat van mijn zoon §kid§ is §bsn2§.\n\n"
        "Met vriendelijke groet,\n§p§\n§t§\n",
        me=P(me.full), bsn=BS(bsn()), kid=P(pers(p.origin, "m").first), bsn2=BS(bsn()), p=P(p.full), t=T(tel()))


@tpl("BSN")
def bsn_medicatieoverzicht(d):
    s = sector("apotheek")
    p = pers()
    d.f("MEDICATIEOVERZICHT - §comp§\nAfdrukdatum: §dt§\n\nPatiënt: §p§   Geb.: §b§   BSN: §bsn§\nHuisarts: §gp§\n\n"
        "Middel                    Dosering         Start\n", comp=K(s.name), dt=kdate("dd-mm-yyyy"), p=P(p.lfi),
        b=GD(bdate(1935, 1975, 0)), bsn=BS(bsn()), gp=P(pers().ini))
    for med in pick(L("Metformine 850 mg, Omeprazol 20 mg, Simvastatine 40 mg, Amlodipine 5 mg, Metoprolol 50 mg, "
                      "Paracetamol 500 mg, Levothyroxine 75 µg"), R.randint(2, 4)):
        d.add(K(med), " " * max(1, 26 - len(med)), ch(("1x daags 1", "2x daags 1", "zo nodig max 3x", "1x daags 2")),
              "       ", K(fd(rdate((2023, 1, 1), 900), "dd-mm-yyyy")), "\n")


@tpl("BSN")
def bsn_woning_inschrijving(d):
    s = sector("woning")
    a, b = pers(), pers()
    ad = adr()
    d.f("Inschrijving woningzoekende\nHoofdaanvrager: §a§, geboren §ab§, BSN §abs§\nMedeaanvrager: §b§, geboren §bb§, "
        "BSN §bbs§\nHuidig adres: §addr§\nTelefoon: §t§\nE-mail: §e§\nGezinsinkomen: §ink§ bruto per jaar\n",
        a=P(a.full), ab=GD(bdate(1960, 2003)), abs=BS(bsn()), b=P(b.full), bb=GD(bdate(1960, 2003)), bbs=BS(bsn()),
        addr=ad.parts(", "), t=T(tel(ad)), e=EM(a.mail()), ink=eur(24000, 52000, True, 0))


@tpl("BSN")
def bsn_bso_wijziging(d):
    s = sector("kinder")
    kid, par = pers(), pers()
    d.f("Wijzigingsformulier ouderportaal (§comp§)\nKind: §k§ (§kb§)\nBSN kind: §kbsn§\nWijziging: extra dag §dag§ per "
        "§start§\nIngediend door: §p§ - §t§\n",
        comp=K(s.name), k=P(kid.first + " " + par.lastname), kb=GD(bdate(2014, 2021, 0)), kbsn=BS(bsn()),
        dag=K(ch(DAGEN[:5])), start=kdate("dmy"), p=P(par.full), t=T(mob()))


@tpl("BSN")
def bsn_ua_registration(d):
    s = sector(ch(("agro", "horeca", "bouw")))
    p = pers("ua")
    d.f("Hallo §m§,\n\nGisteren ben ik ingeschreven bij de gemeente §town§ (BRP). Ik heb nu een BSN: §bsn§.\n"
        "Mijn adres is §addr§. Kan ik nu starten op §dt§?\n\nДякую / dank u,\n§p§\n§t§\n",
        m=P(pers().first), town=town(), bsn=BS(bsn()), addr=adr().parts(", "), dt=kdate("wdm"), p=P(p.full), t=T(mob()))


@tpl("BSN")
def bsn_lawyer_asylum(d):
    s = sector("advocaat")
    p = pers(ch(("er", "so", "af", "sy")))
    d.f("Dossier §dos§ - cliënt §p§\nV-nummer: §v§\nBSN: §bsn§\nGeboortedatum: §b§\nTolk: Tigrinya/Arabisch\n"
        "Verblijfsadres: §addr§\nVolgende afspraak: §dt§ om §tm§\n",
        dos=kord(4), p=P(p.full), v=str(R.randint(1000, 9999)) + digits(6),
        bsn=BS(bsn()), b=GD(bdate(1975, 2005)), addr=adr().parts(", "), dt=kdate("wdm"), tm=ktime(0))


@tpl("BSN")
def bsn_api_payload_ticket(d):
    s = sector("it")
    p, c = pers(), pers()
    d.f("Bug §nr§: validatie BSN te streng\n\nRequest body (van klant §c§):\n```json\n{\n  \"voornaam\": \"§f§\",\n"
        "  \"achternaam\": \"§l§\",\n  \"bsn\": \"§bsn§\",\n  \"geboortedatum\": \"§b§\"\n}\n```\nResponse: 422 'bsn ongeldig' "
        "- maar het nummer klopt gewoon.\n",
        nr=kord(13), c=K(sector(ch(("kinder", "woning"))).name), f=P(p.first), l=P(p.lastname), bsn=BS(bsn(1)),
        b=GD(bdate(1970, 2010, 3)))


@tpl("BSN")
def bsn_pension_markdown(d):
    s = sector()
    d.f("Aanmelding pensioenfonds (§comp§)\n\n| Naam | Geboortedatum | BSN | Salaris |\n|---|---|---|---|\n", comp=K(s.name))
    for p in people(R.randint(2, 3)):
        d.add("| ", P(p.full), " | ", GD(bdate(1965, 2004, 0)), " | ", BS(bsn(0)), " | ", eur(2300, 4800), " |\n")


@tpl("BSN")
def bsn_flemish_worker(d):
    s = sector(ch(("bouw", "install", "agro")))
    p = pers("vl")
    d.f("Dag §m§,\n\nIk werk vanaf §dt§ bij jullie als onderaannemer. Mijn Nederlandse BSN is §bsn§ (aangevraagd "
        "via het RNI-loket). Adres in België: §addr§. Gsm: §t§.\n\nGroeten,\n§p§\n",
        m=P(pers().first), dt=kdate("dm"), bsn=BS(bsn()), addr=adr(be=True).parts(", "), t=T(be_tel()), p=P(p.full))


@tpl("BSN")
def bsn_zorgclaim(d):
    s = sector(ch(("fysio", "tand")))
    p = pers()
    d.f("Declaratie §nr§ afgewezen door zorgverzekeraar\nPatiënt: §p§\nBSN: §bsn§\nGeboortedatum: §b§\nBehandeldatum: §dt§\n"
        "Bedrag: §eur§\nReden: verzekerde onbekend op peildatum\n",
        nr=kord(8), p=P(p.lf), bsn=BS(bsn()), b=GD(bdate(1950, 2010, 0)), dt=kdate("dd-mm-yyyy"), eur=eur(25, 95))


@tpl("BSN")
def bsn_incasso_form(d):
    s = sector("tand")
    p = pers()
    a = adr()
    d.f("Machtiging doorlopende SEPA-incasso\nIncassant: §comp§\nKenmerk machtiging: §ken§\n\nNaam: §p§\nAdres: §addr§\n"
        "IBAN: §iban§\nBSN patiënt (voor declaratie): §bsn§\nPlaats en datum: §town§, §dt§\nHandtekening: (nog te ondertekenen)\n",
        comp=K(s.name), ken=kord(10), p=P(p.full), addr=a.parts(", "), iban=IB(iban()), bsn=BS(bsn()), town=a.town,
        dt=kdate("dd-mm-yyyy"))


@tpl("BSN")
def bsn_subject_line(d):
    s = sector("rijschool")
    p = pers()
    b = bsn()
    d.f("Onderwerp: BSN §bsn§ - aanmelding theorie-examen\n\nHoi, hierbij mijn BSN voor de aanmelding. Ik heet §p§ en "
        "ben bereikbaar op §t§.\n", bsn=BS(b), p=P(p.full), t=T(mob()))



# ==============================================================================================
# SALARY_SLIP group: a small payroll engine, every total is the sum of the printed lines
# ==============================================================================================

def rnd(x):
    return int(x + 0.5) if x >= 0 else -int(-x + 0.5)


class Slip:
    """Dutch pay slip in integer cents."""

    def __init__(self, hourly=False, month=None, extras=(), base=None):
        self.month = month if month is not None else R.randrange(12)
        self.year = ch((2025, 2025, 2026))
        self.earn = []      # (label, cents, detail)
        self.pre = []       # deductions before tax (label, cents)
        self.plus = []      # untaxed allowances (label, cents, detail)
        self.minus = []     # net deductions (label, cents)
        if hourly:
            hours = R.randint(60, 170)
            rate = R.randint(1416, 2450)
            self.hours, self.rate = hours, rate
            self.earn.append(("Uurloon", hours * rate, "%d,00 uur x %s" % (hours, money(rate, 0))))
        else:
            sal = base if base is not None else R.randint(2150, 5600) * 100 + ch((0, 0, 0, R.randrange(100)))
            self.hours, self.rate = None, None
            self.earn.append(("Salaris", sal, ""))
        self.base = self.earn[0][1]
        if "ort" in extras:
            h = R.randint(6, 40)
            r = rnd(self.hourlike() * ch((0.22, 0.38, 0.45, 0.5)))
            self.earn.append(("Toeslag onregelmatige uren", h * r, "%d,00 uur x %s" % (h, money(r, 0))))
        if "overwerk" in extras:
            h = R.randint(2, 18)
            r = rnd(self.hourlike() * 1.25)
            self.earn.append(("Overwerk 125%", h * r, "%d,00 uur x %s" % (h, money(r, 0))))
        if "vakantiegeld" in extras:
            self.earn.append(("Vakantietoeslag 8%", rnd(self.base * 12 * 0.08), "uitbetaling mei"))
        if "eju" in extras:
            self.earn.append(("Eindejaarsuitkering 8,3%", rnd(self.base * 12 * 0.083), ""))
        if "ziek" in extras:
            days = R.randint(2, 9)
            cut = rnd(self.base / 21.75 * days * 0.1)
            self.earn.append(("Korting loondoorbetaling ziekte 10%", -cut, "%d dagen" % days))
        pct = ch((0.045, 0.0525, 0.061, 0.0735, 0.079))
        self.pre.append(("Pensioenpremie werknemer", rnd(self.gross * pct)))
        if chance(0.5):
            self.pre.append(("Premie WGA-hiaat werknemer", rnd(self.gross * ch((0.0021, 0.0035, 0.0048)))))
        self.lh_rate = ch((0.0817, 0.1034, 0.1412, 0.1865, 0.2203, 0.2716, 0.3697))
        self.lh = rnd(self.loon_lh * self.lh_rate)
        if "reis" in extras or chance(0.4):
            days = R.randint(8, 21)
            km = R.randint(4, 35)
            self.plus.append(("Reiskostenvergoeding", days * 2 * km * 23, "%d dagen x %d km x 2 x € 0,23" % (days, km)))
        if "thuiswerk" in extras:
            days = R.randint(2, 12)
            self.plus.append(("Thuiswerkvergoeding", days * 259, "%d dagen x € 2,59" % days))
        if "fiets" in extras:
            self.minus.append(("Fietsplan (inhouding netto)", R.randint(2500, 9000)))
        if "beslag" in extras:
            self.minus.append(("Loonbeslag (deurwaarder)", R.randint(8000, 45000)))
        if "huisvesting" in extras:
            self.minus.append(("Inhouding huisvesting", R.randint(9500, 14500)))
            self.minus.append(("Inhouding zorgverzekering", R.randint(13500, 16200)))
        if "personeel" in extras:
            self.minus.append(("Personeelsaankopen", R.randint(1250, 9999)))
        self.check()

    def hourlike(self):
        return self.rate if self.rate else self.base / 156.0

    @property
    def gross(self):
        return sum(c for _, c, _ in self.earn)

    @property
    def pre_total(self):
        return sum(c for _, c in self.pre)

    @property
    def loon_lh(self):
        return self.gross - self.pre_total

    @property
    def netto(self):
        return self.loon_lh - self.lh

    @property
    def paid(self):
        return self.netto + sum(c for _, c, _ in self.plus) - sum(c for _, c in self.minus)

    def check(self):
        assert self.gross - self.pre_total - self.lh == self.netto
        assert self.netto + sum(c for _, c, _ in self.plus) - sum(c for _, c in self.minus) == self.paid
        assert self.paid > 0, "negative pay"

    def period(self, style=0):
        if style == 0:
            return "%s %d" % (MAANDEN[self.month], self.year)
        if style == 1:
            return "%02d-%d" % (self.month + 1, self.year)
        if style == 2:
            return "%s %d" % (EN_MONTHS[self.month], self.year)
        return "periode %d %d" % (self.month + 1, self.year)

    def employer_costs(self):
        zvw = rnd(self.loon_lh * 0.0651)
        awf = rnd(self.loon_lh * ch((0.0264, 0.0764)))
        wao = rnd(self.loon_lh * 0.0634)
        pens = rnd(self.pre[0][1] * ch((1.5, 2.0, 2.33)))
        return [("Werkgeversheffing Zvw", zvw), ("Premie AWf", awf), ("Premie Aof", wao), ("Pensioen werkgeversdeel", pens)]


def m(c, style=11):
    """Money for slips; negative amounts get a leading minus."""
    return ("-" if c < 0 else "") + money(abs(c), style)


def slip_body(sl, style=0, keep=True):
    """Standard Dutch slip body as a list of parts. style: 0 aligned columns, 1 'label: amount', 2 with +/- columns."""
    out = []
    W = 44
    st = ch((11, 11, 0, 1))

    def row(label, c, detail="", sign=""):
        amt = m(c, st) if style != 1 else m(c, 0)
        if sign == "-":
            amt = amt + "-" if style == 2 else "-" + amt
        if style == 1:
            return [label + (" (" + detail + ")" if detail else "") + ": ", K(amt) if keep else amt, "\n"]
        left = label + ("  " + detail if detail else "")
        return [left + " " * max(2, W - len(left)), K(amt) if keep else amt, "\n"]

    for lab, c, det in sl.earn:
        out += row(lab, c, det)
    out += row("Totaal bruto", sl.gross)
    for lab, c in sl.pre:
        out += row(lab, c, "", "-")
    out += row("Loon voor de loonheffing", sl.loon_lh)
    out += row("Loonheffing (tabel%s)" % ch(("", ", wit maandloon", ", met heffingskorting")), sl.lh, "", "-")
    out += row("Netto loon", sl.netto)
    for lab, c, det in sl.plus:
        out += row(lab, c, det)
    for lab, c in sl.minus:
        out += row(lab, c, "", "-")
    out += row(ch(("Uit te betalen", "Netto uitbetaald", "Te betalen", "Netto te ontvangen")), sl.paid)
    return out


def emp_block(p, a=None, with_bsn=False, with_bd=False, with_iban=True, s=None):
    out = ["Werknemer: ", P(p.ini if chance(0.5) else p.full), "\n"]
    if a is not None:
        out += ["Adres: "] + a.parts(", ") + ["\n"]
    out += ["Personeelsnr: ", str(R.randint(10, 4999)), "\n"]
    if with_bd:
        out += ["Geboortedatum: ", GD(bdate(1960, 2006)), "\n"]
    if with_bsn:
        out += ["BSN: ", BS(bsn()), "\n"]
    if s is not None:
        out += ["Functie: ", s.role(), "\n"]
    if with_iban:
        out += ["IBAN: ", IB(iban()), "\n"]
    return out


@tpl("SALARY_SLIP")
def sal_standard(d):
    s = sector()
    p = pers()
    sl = Slip()
    d.f("LOONSTROOK §per§\n§comp§\n\n", per=K(sl.period()), comp=K(s.name))
    d.add(emp_block(p, adr(), with_bsn=chance(0.5), s=s))
    d.add("\n", slip_body(sl, 0))


@tpl("SALARY_SLIP")
def sal_horeca_hourly(d):
    s = sector("horeca")
    p = pers()
    sl = Slip(hourly=True, extras=("ort",))
    d.f("Salarisspecificatie - §comp§\nPeriode: §per§\nMedewerker: §p§ (§role§)\nUurloon: §rate§\n\n",
        comp=K(s.name), per=K(sl.period(3)), p=P(p.full), role=ch(("bediening", "afwas", "kok", "gastvrouw")),
        rate=K(money(sl.rate, 0)))
    d.add(slip_body(sl, 1))
    d.f("\nUitbetaling op §iban§ op §dt§.\n", iban=IB(iban()), dt=kdate("dmy"))


@tpl("SALARY_SLIP")
def sal_kinder_4weekly(d):
    s = sector("kinder")
    p = pers()
    sl = Slip(extras=("reis",), base=R.randint(1900, 3300) * 100)
    d.f("§comp§ - Loonstrook vierwekenperiode\n§per§ (4 weken)\nCAO Kinderopvang, schaal §sch§ trede §tr§\n\n",
        comp=K(s.name), per=K(sl.period(3)), sch=str(R.randint(5, 8)), tr=str(R.randint(1, 14)))
    d.add(emp_block(p, None, with_bd=True, s=s))
    d.add("\n", slip_body(sl, 2))


@tpl("SALARY_SLIP")
def sal_loket_pdf(d):
    s = sector()
    p = pers()
    a = adr()
    sl = Slip()
    d.noise = pdf_noise
    d.add("Salarisstrook gegenereerd door Loket.nl - vertrouwelijk\n")
    d.noise = None
    d.f("§comp§\n§p§\n§addr§\n", comp=K(s.name), p=P(p.ini), addr=a.parts("\n"))
    d.noise = pdf_noise
    d.f("Periode §per§ Verloning maandelijks Datum in dienst §dt§\n", per=K(sl.period(1)), dt=K(fd(rdate((2015, 1, 1), 3000), "dd-mm-yyyy")))
    d.noise = None
    d.add(slip_body(sl, 0))
    d.noise = pdf_noise
    d.add("Heeft u vragen over uw salarisstrook, neem dan contact op met de salarisadministratie.\n")


@tpl("SALARY_SLIP")
def sal_ocr_scan(d):
    s = sector(ch(("garage", "bouw", "agro")))
    p = pers()
    sl = Slip(extras=("overwerk",))
    d.add("[scan_loonstrook.jpg - tekstherkenning]\n")
    d.noise = ocr_noise
    d.add("LOONSTROOK ")
    d.noise = None
    d.add(K(sl.period()), "\n", K(s.name), "\n")
    d.noise = ocr_noise
    d.add("Naam werknemer: ")
    d.noise = None
    d.add(P(p.full.upper() if chance(0.5) else p.full), "\n")
    d.noise = ocr_noise
    d.add("BSN: ")
    d.noise = None
    d.add(BS(bsn()), "\n")
    for lab, c, det in sl.earn:
        d.noise = ocr_noise
        d.add(lab + " ")
        d.noise = None
        d.add(K(m(c)), "\n")
    d.noise = ocr_noise
    d.add("Bruto totaal ")
    d.noise = None
    d.add(K(m(sl.gross)), "\n")
    for lab, c in sl.pre:
        d.noise = ocr_noise
        d.add(lab + " -")
        d.noise = None
        d.add(K(m(c)), "\n")
    d.noise = ocr_noise
    d.add("Loonheffing -")
    d.noise = None
    d.add(K(m(sl.lh)), "\n")
    for lab, c, det in sl.plus:
        d.add(lab + " ", K(m(c)), "\n")
    for lab, c in sl.minus:
        d.add(lab + " -", K(m(c)), "\n")
    d.noise = ocr_noise
    d.add("NETTO ")
    d.noise = None
    d.add(K(m(sl.paid)), "\n")


@tpl("SALARY_SLIP")
def sal_csv(d):
    s = sector()
    p = pers()
    sl = Slip()
    d.f("werknemer;periode;looncomponent;bedrag\n")
    who = P(p.full)
    per = K(sl.period(1))
    for lab, c, _ in sl.earn:
        d.add(who, ";", per, ";", lab, ";", m(c), "\n")
    for lab, c in sl.pre:
        d.add(who, ";", per, ";", lab, ";", m(-c), "\n")
    d.add(who, ";", per, ";Loonheffing;", m(-sl.lh), "\n")
    for lab, c, _ in sl.plus:
        d.add(who, ";", per, ";", lab, ";", m(c), "\n")
    for lab, c in sl.minus:
        d.add(who, ";", per, ";", lab, ";", m(-c), "\n")
    d.add(who, ";", per, ";NETTO UITBETAALD;", K(m(sl.paid)), "\n")


@tpl("SALARY_SLIP")
def sal_json_api(d):
    s = sector()
    p = pers()
    sl = Slip()

    def j(c):
        return "%d.%02d" % (c // 100, c % 100) if c >= 0 else "-%d.%02d" % (-c // 100, -c % 100)
    d.f('{\n  "payslip": {\n    "employer": "§comp§",\n    "employee": {"name": "§p§", "iban": "§iban§", "bsn": "§bsn§"},\n'
        '    "period": "§per§",\n    "lines": [\n', comp=K(s.name), p=P(p.full), iban=IB(iban(False)), bsn=BS(bsn(0)),
        per=K("%d-%02d" % (sl.year, sl.month + 1)))
    rows = [(lab, c) for lab, c, _ in sl.earn] + [(lab, -c) for lab, c in sl.pre] + [("Loonheffing", -sl.lh)] + \
           [(lab, c) for lab, c, _ in sl.plus] + [(lab, -c) for lab, c in sl.minus]
    d.add(",\n".join('      {"code": "%s", "amount": %s}' % (lab, j(c)) for lab, c in rows), "\n    ],\n")
    d.add('    "gross": ', j(sl.gross), ',\n    "taxable": ', j(sl.loon_lh), ',\n    "net_paid": ', j(sl.paid), "\n  }\n}\n")


@tpl("SALARY_SLIP")
def sal_markdown(d):
    s = sector()
    p = pers()
    sl = Slip(extras=("thuiswerk",))
    d.f("### Loonstrook §per§ - §p§\n**Werkgever:** §comp§  \n**IBAN:** §iban§\n\n| Omschrijving | Bedrag |\n|---|---:|\n",
        per=K(sl.period()), p=P(p.full), comp=K(s.name), iban=IB(iban()))
    rows = [(lab, c) for lab, c, _ in sl.earn] + [("**Bruto**", sl.gross)] + [(lab, -c) for lab, c in sl.pre] + \
           [("Loonheffing", -sl.lh), ("**Netto loon**", sl.netto)] + [(lab, c) for lab, c, _ in sl.plus] + \
           [(lab, -c) for lab, c in sl.minus] + [("**Uitbetaald**", sl.paid)]
    for lab, c in rows:
        d.add("| ", lab, " | ", K(m(c, 0)), " |\n")


@tpl("SALARY_SLIP")
def sal_html_mail(d):
    s = sector()
    p = pers()
    sl = Slip()
    d.f("<p>Beste §p§,</p><p>Hierbij je salarisspecificatie over §per§.</p>\n<table border=\"1\">\n",
        p=P(p.first), per=K(sl.period()))
    rows = [(lab, c) for lab, c, _ in sl.earn] + [("Bruto", sl.gross)] + [(lab, -c) for lab, c in sl.pre] + \
           [("Loonheffing", -sl.lh), ("Netto", sl.netto)] + [(lab, c) for lab, c, _ in sl.plus] + \
           [(lab, -c) for lab, c in sl.minus] + [("Uitbetaald", sl.paid)]
    for lab, c in rows:
        d.add("<tr><td>", lab, "</td><td align=\"right\">", K(m(c, 0)), "</td></tr>\n")
    d.f("</table>\n<p>Het bedrag wordt overgemaakt naar §iban§.</p><p>Groet, §hr§ (HR, §comp§)</p>",
        iban=IB(iban()), hr=P(pers().first), comp=K(s.name))


@tpl("SALARY_SLIP")
def sal_fwd_mortgage(d):
    s = sector()
    p, adv = pers(), pers()
    sl = Slip()
    d.f("Beste §adv§,\n\nVoor de hypotheekaanvraag stuur ik mijn laatste loonstrook mee (tekst hieronder gekopieerd "
        "uit de pdf).\n\nGroet,\n§p§\n§t§\n\n---\n", adv=P(adv.formal if chance(0.5) else adv.first), p=P(p.full), t=T(mob()))
    d.f("Loonstrook §per§ | §comp§ | §pp§\n", per=K(sl.period()), comp=K(s.name), pp=P(p.ini))
    d.add(slip_body(sl, 1))


@tpl("SALARY_SLIP")
def sal_whatsapp(d):
    s = sector(ch(("horeca", "agro", "garage")))
    p, q = pers(), pers()
    sl = Slip(hourly=True)
    d.f("§p§: ", p=P(p.first.lower()))
    d.noise = chat_noise
    d.add("klopt mijn loonstrook wel? ik heb dit:\n")
    d.noise = None
    d.add("uren ", str(sl.hours), " x ", K(money(sl.rate, 0)), " = ", K(m(sl.gross, 0)), "\n")
    for lab, c in sl.pre:
        d.add(lab.lower(), " -", K(m(c, 0)), "\n")
    d.add("loonheffing -", K(m(sl.lh, 0)), "\n")
    for lab, c, _ in sl.plus:
        d.add(lab.lower(), " +", K(m(c, 0)), "\n")
    d.add("netto ", K(m(sl.paid, 0)), "\n")
    d.f("§q§: ", q=P(q.first.lower()))
    d.noise = chat_noise
    d.add("ja dat klopt, heffing is hoger omdat je meer uren hebt gedraaid")


@tpl("SALARY_SLIP")
def sal_vakantiegeld(d):
    s = sector()
    p = pers()
    sl = Slip(month=4, extras=("vakantiegeld",))
    d.f("SALARISSTROOK\nWerkgever: §comp§\nPeriode: §per§\n", comp=K(s.name), per=K(sl.period()))
    d.add(emp_block(p, adr(), with_bd=chance(0.5), s=s))
    d.add("\n", slip_body(sl, 2))
    d.add("\nVakantiegeld is berekend over het salaris van de afgelopen 12 maanden.\n")


@tpl("SALARY_SLIP")
def sal_overtime_installer(d):
    s = sector("install")
    p = pers()
    sl = Slip(extras=("overwerk", "reis"))
    d.f("§comp§ · Loonspecificatie §per§\nMonteur: §p§ · schaal §sch§ (CAO Installatiebedrijf)\n\n",
        comp=K(s.name), per=K(sl.period()), p=P(p.full), sch=ch("ABCDEF"))
    d.add(slip_body(sl, 0))
    d.f("\nSaldo overuren na deze periode: §h§ uur\n", h=str(R.randint(0, 30)))


@tpl("SALARY_SLIP")
def sal_reiskosten(d):
    s = sector(ch(("fysio", "tand", "apotheek", "dier")))
    p = pers()
    sl = Slip(extras=("reis",))
    d.f("Loonstrook §per§ voor §p§\n", per=K(sl.period()), p=P(p.lf))
    d.add(slip_body(sl, 1))
    d.f("Werkgever: §comp§ - loonheffingennummer §lhn§\n", comp=K(s.name), lhn="%09dL01" % R.randint(10000000, 99999999))


@tpl("SALARY_SLIP")
def sal_eju(d):
    s = sector(ch(("woning", "it", "advocaat")))
    p = pers()
    sl = Slip(month=11, extras=("eju",))
    d.f("§comp§\nLoonstrook §per§ (incl. eindejaarsuitkering)\n", comp=K(s.name), per=K(sl.period()))
    d.add(emp_block(p, adr(), with_bsn=True, s=s))
    d.add(slip_body(sl, 0))


@tpl("SALARY_SLIP")
def sal_bbl(d):
    s = sector("garage")
    p = pers()
    sl = Slip(hourly=True)
    d.f("Loonstrook BBL-leerling (niveau 2, autotechniek)\n§comp§ - §per§\nLeerling: §p§, geb. §b§\n\n", comp=K(s.name),
        per=K(sl.period()), p=P(p.full), b=GD(bdate(2004, 2008)))
    d.add(slip_body(sl, 0))


@tpl("SALARY_SLIP")
def sal_ziekte(d):
    s = sector()
    p = pers()
    sl = Slip(extras=("ziek",))
    d.f("Salarisstrook §per§\n§comp§\n", per=K(sl.period()), comp=K(s.name))
    d.add(emp_block(p, None, s=s))
    d.add(slip_body(sl, 2))
    d.add("Ziekteverzuim deze periode verwerkt conform cao (90% doorbetaling vanaf dag 1).\n")


@tpl("SALARY_SLIP")
def sal_english(d):
    s = sector("it")
    p = pers(ch(("in", "br", "pl", "ua", "cn")))
    sl = Slip(extras=("thuiswerk",))

    def r(lab, c):
        return [lab, " " * max(2, 40 - len(lab)), K(m(c, 10)), "\n"]
    d.f("PAYSLIP - §per§\nEmployer: §comp§\nEmployee: §p§ (30% ruling: no)\nBank account: §iban§\n\n",
        per=K(sl.period(2)), comp=K(s.name), p=P(p.full), iban=IB(iban()))
    d.add(r("Base salary", sl.earn[0][1]))
    for lab, c, _ in sl.earn[1:]:
        d.add(r(lab, c))
    d.add(r("Gross total", sl.gross))
    for lab, c in sl.pre:
        d.add(r("Pension contribution" if "Pensioen" in lab else "WGA premium", -c))
    d.add(r("Wage tax", -sl.lh), r("Net salary", sl.netto))
    for lab, c, _ in sl.plus:
        d.add(r("Travel allowance" if "Reis" in lab else "Home office allowance", c))
    for lab, c in sl.minus:
        d.add(r("Net deduction", -c))
    d.add(r("Net payment", sl.paid))


@tpl("SALARY_SLIP")
def sal_fietsplan(d):
    s = sector()
    p = pers()
    sl = Slip(extras=("fiets", "personeel"))
    d.f("Loonstrook §per§ | §comp§\n", per=K(sl.period()), comp=K(s.name))
    d.add(emp_block(p, adr(), s=s))
    d.add(slip_body(sl, 1))


@tpl("SALARY_SLIP")
def sal_beslag(d):
    s = sector(ch(("bouw", "agro", "horeca")))
    p = pers()
    sl = Slip(extras=("beslag",), base=R.randint(2600, 4200) * 100)
    d.f("VERTROUWELIJK - loonstrook §per§\n§comp§\nWerknemer: §p§, §addr§\n", per=K(sl.period()), comp=K(s.name),
        p=P(p.full), addr=adr().parts(", "))
    d.add(slip_body(sl, 0))
    d.f("Beslagvrije voet: §bvv§. Afdracht beslag aan deurwaarder o.v.v. dossier §dos§.\n",
        bvv=K(money(R.randint(1400, 1900) * 100 + R.randrange(100), 0)), dos=kord(4))


@tpl("SALARY_SLIP")
def sal_jaaropgaaf(d):
    s = sector()
    p = pers()
    mon = Slip()
    d.f("JAAROPGAAF §y§\n§comp§\nWerknemer: §p§\nBSN: §bsn§\nGeboortedatum: §b§\n\n", y=str(mon.year - 1),
        comp=K(s.name), p=P(p.full), bsn=BS(bsn()), b=GD(bdate(1960, 2004)))
    gross = mon.gross * 12
    pre = mon.pre_total * 12
    lh = mon.lh * 12
    d.add("Loon voor de loonheffing: ", K(m(gross - pre, 0)), "\n")
    d.add("Ingehouden loonheffing: ", K(m(lh, 0)), "\n")
    d.add("Netto ontvangen (excl. vergoedingen): ", K(m(gross - pre - lh, 0)), "\n")
    d.add("Toegepaste loonheffingskorting: ja, van 1 januari t/m 31 december\n")


@tpl("SALARY_SLIP")
def sal_cumulative(d):
    s = sector()
    p = pers()
    sl = Slip()
    k = sl.month + 1
    d.f("Loonstrook §per§ - §comp§ - §p§\n\n", per=K(sl.period()), comp=K(s.name), p=P(p.full))
    d.add("Omschrijving" + " " * 22 + "Periode" + " " * 8 + "Cumulatief\n")
    rows = [(lab, c) for lab, c, _ in sl.earn] + [(lab, -c) for lab, c in sl.pre] + [("Loonheffing", -sl.lh),
                                                                                     ("Netto loon", sl.netto)]
    for lab, c in rows:
        a1, a2 = m(c), m(c * k)
        d.add(lab, " " * max(2, 34 - len(lab)), K(a1), " " * max(2, 15 - len(a1)), a2, "\n")
    for lab, c, _ in sl.plus:
        d.add(lab, " " * max(2, 34 - len(lab)), K(m(c)), "\n")
    for lab, c in sl.minus:
        d.add(lab, " " * max(2, 34 - len(lab)), K(m(-c)), "\n")
    d.add("Uit te betalen", " " * 20, K(m(sl.paid)), "\n")


@tpl("SALARY_SLIP")
def sal_uitzend_weekly(d):
    s = sector("agro")
    p = pers(ch(("pl", "ro", "bg")))
    sl = Slip(hourly=True, extras=("huisvesting",))
    while sl.paid < 20000:
        sl = Slip(hourly=True, extras=("huisvesting",))
    d.f("Uitzendbureau Flex-Agri BV - loonstrook week §wk§\nInlener: §comp§\nWorker / pracownik: §p§\nAdres (huisvesting): §addr§\n\n",
        wk=K(str(R.randint(1, 52)) + "-" + str(sl.year)), comp=K(s.name), p=P(p.full), addr=adr().parts(", "))
    d.add(slip_body(sl, 0))


@tpl("SALARY_SLIP")
def sal_pfzw_dental(d):
    s = sector("tand")
    p = pers(g="f")
    sl = Slip(extras=("reis",))
    d.f("§comp§ - Salarisstrook §per§\nMedewerker: §p§, tandartsassistente\nPensioenfonds: PFZW\nIBAN: §iban§\n\n",
        comp=K(s.name), per=K(sl.period()), p=P(p.full), iban=IB(iban()))
    d.add(slip_body(sl, 2))


@tpl("SALARY_SLIP")
def sal_employer_costs(d):
    s = sector()
    p = pers()
    sl = Slip()
    d.f("Loonstrook + werkgeverslasten §per§\n§comp§ - §p§\n\n", per=K(sl.period()), comp=K(s.name), p=P(p.full))
    d.add(slip_body(sl, 0))
    ec = sl.employer_costs()
    d.add("\nWerkgeverslasten\n")
    for lab, c in ec:
        d.add(lab, " " * max(2, 44 - len(lab)), m(c), "\n")
    tot = sl.gross + sum(c for _, c in ec) + sum(c for _, c, _ in sl.plus)
    d.add("Totale loonkosten", " " * 27, K(m(tot)), "\n")


@tpl("SALARY_SLIP")
def sal_tsv(d):
    s = sector()
    p = pers()
    sl = Slip()
    d.add("omschrijving\tbedrag\n")
    for lab, c, _ in sl.earn:
        d.add(lab, "\t", m(c), "\n")
    for lab, c in sl.pre:
        d.add(lab, "\t", m(-c), "\n")
    d.add("Loonheffing\t", m(-sl.lh), "\n")
    for lab, c, _ in sl.plus:
        d.add(lab, "\t", m(c), "\n")
    for lab, c in sl.minus:
        d.add(lab, "\t", m(-c), "\n")
    d.add("Netto\t", K(m(sl.paid)), "\n")
    d.f("\n(geplakt uit loonstrook §per§ van §p§, §comp§)", per=K(sl.period()), p=P(p.full), comp=K(s.name))


@tpl("SALARY_SLIP")
def sal_teams_question(d):
    s = sector()
    p, hr = pers(), pers()
    sl = Slip()
    d.f("§p§ §t§\nHoi §hr§, ik snap mijn strook van §per§ niet helemaal:\n", p=P(p.full), t=K(tm(0)), hr=P(hr.first),
        per=K(MAANDEN[sl.month]))
    d.add("bruto ", K(m(sl.gross, 0)), ", pensioen ", K(m(sl.pre[0][1], 0)))
    for lab, c in sl.pre[1:]:
        d.add(", WGA ", K(m(c, 0)))
    d.add(", loonheffing ", K(m(sl.lh, 0)), ", netto ", K(m(sl.netto, 0)))
    for lab, c, _ in sl.plus:
        d.add(", plus ", lab.lower(), " ", K(m(c, 0)))
    for lab, c in sl.minus:
        d.add(", min ", lab.lower(), " ", K(m(c, 0)))
    d.add(", uitbetaald ", K(m(sl.paid, 0)), ".\nWaarom is de loonheffing hoger dan vorige maand?\n")


@tpl("SALARY_SLIP")
def sal_verlof(d):
    s = sector()
    p = pers()
    sl = Slip()
    d.f("§comp§ | Loonstrook §per§\n", comp=K(s.name), per=K(sl.period(1)))
    d.add(emp_block(p, adr(), with_bd=True, s=s))
    d.add(slip_body(sl, 0))
    d.f("\nVerlofsaldo: §v§ uur   ADV-saldo: §adv§ uur\n", v=str(R.randint(0, 180)), adv=str(R.randint(0, 40)))


@tpl("SALARY_SLIP")
def sal_dga(d):
    s = sector(ch(("it", "install", "bouw")))
    p = pers()
    sl = Slip(base=R.randint(4000, 6500) * 100)
    d.f("Loonstrook directeur-grootaandeelhouder\n§comp§ BV - §per§\nDGA: §p§\nGebruikelijk loon conform regeling: §gl§ per jaar\n\n",
        comp=K(s.name), per=K(sl.period()), p=P(p.full), gl=K(money(sl.base * 12, 4)))
    d.add(slip_body(sl, 1))


@tpl("SALARY_SLIP")
def sal_flemish_loonbrief(d):
    s = sector(ch(("horeca", "bouw", "agro")))
    p = pers("vl")
    bruto = R.randint(2600, 4600) * 100 + R.randrange(100)
    rsz = rnd(bruto * 0.1307)
    belast = bruto - rsz
    bv = rnd(belast * ch((0.18, 0.22, 0.25, 0.28)))
    bbsz = ch((930, 1520, 2060, 3150, 6094))
    days = R.randint(17, 22)
    mc = days * 109
    netto = belast - bv - bbsz
    paid = netto - mc
    assert bruto - rsz - bv - bbsz - mc == paid
    d.f("LOONBRIEF §per§\nWerkgever: §comp§\nWerknemer: §p§\nAdres: §addr§\nRekeningnummer: §iban§\n\n",
        per=K("%s %d" % (MAANDEN[R.randrange(12)], 2025)), comp=K(s.name), p=P(p.full), addr=adr(be=True).parts(", "),
        iban=IB(iban_be()))
    for lab, c in (("Brutoloon", bruto), ("RSZ werknemer 13,07%", -rsz), ("Belastbaar", belast),
                   ("Bedrijfsvoorheffing", -bv), ("Bijzondere bijdrage sociale zekerheid", -bbsz),
                   ("Netto", netto), ("Maaltijdcheques eigen bijdrage (%d x € 1,09)" % days, -mc),
                   ("Te betalen", paid)):
        d.add(lab, " " * max(2, 46 - len(lab)), K(m(c, 0)), "\n")



# ==============================================================================================
# SIGNED_CONTRACT group: contracts with evidence of a signature
# ==============================================================================================

def sigmark():
    return ch(("[handtekening]", "(getekend)", "w.g.", "~ handtekening ~", "[digitaal ondertekend]", "/s/",
               "(handtekening aanwezig)", "[paraaf + handtekening]"))


@tpl("SIGNED_CONTRACT")
def con_arbeid(d):
    s = sector()
    boss, w = pers(), pers()
    a = adr()
    dt = rdate()
    d.f("ARBEIDSOVEREENKOMST VOOR BEPAALDE TIJD\n\nDe ondergetekenden:\n1. §comp§, te dezen vertegenwoordigd door §b§, "
        "hierna: werkgever;\n2. §w§, geboren op §wb§, wonende §addr§, hierna: werknemer;\n\nkomen overeen:\n"
        "Artikel 1 - Werknemer treedt per §start§ in dienst in de functie van §role§ voor §uren§ uur per week.\n"
        "Artikel 4 - Het bruto maandsalaris bedraagt §sal§.\nArtikel 9 - Proeftijd: één maand.\n\n"
        "Aldus overeengekomen en in tweevoud ondertekend te §town§ op §dt§.\n\nWerkgever: §sm1§ §b2§\n"
        "Werknemer: §sm2§ §w2§\n",
        comp=K(s.name), b=P(boss.full), w=P(w.full), wb=GD(bdate(1965, 2006)), addr=a.parts(", "), start=K(fd(dt, "dmy")),
        role=s.role(), uren=str(ch((16, 24, 32, 36, 40))), sal=eur(2300, 5200, style=0), town=a.town,
        dt=K(fd(rdate(), "dmy")), sm1=sigmark(), b2=P(boss.ini), sm2=sigmark(), w2=P(w.ini))


@tpl("SIGNED_CONTRACT")
def con_huur_signhost(d):
    s = sector("woning")
    p = pers()
    a = adr()
    d.f("Huurovereenkomst zelfstandige woonruimte - §comp§\nHuurder: §p§\nGehuurde: §addr§\nIngangsdatum: §start§\n"
        "Kale huur: §huur§ per maand, servicekosten §sk§\n\n-- Signhost ondertekeningsbewijs --\nDocument: huurovereenkomst_§nr§.pdf\n"
        "Ondertekend door: §p2§ (§e§) op §dt§ om §tm§ via iDIN (§bank§)\nOndertekend door: §comp§ (namens: §mw§) op §dt2§\n"
        "Status: volledig ondertekend\n",
        comp=K(s.name), p=P(p.full), addr=a.parts(", "), start=kdate("dmy"), huur=eur(550, 880, style=0), sk=eur(20, 80, style=0),
        nr=digits(6), p2=P(p.full), e=EM(p.mail()), dt=kdate("dd-mm-yyyy"), tm=ktime(0),
        bank=ch(("ING", "Rabobank", "ABN AMRO", "SNS", "ASN Bank")), dt2=kdate("dd-mm-yyyy"), mw=P(pers().ini))


@tpl("SIGNED_CONTRACT")
def con_docusign_en(d):
    s = sector(ch(("it", "advocaat", "install")))
    a, b = pers(), pers()
    d0 = rdate()
    d1 = d0 + datetime.timedelta(days=R.randint(0, 6))
    d2 = d1 + datetime.timedelta(days=R.randint(0, 9))
    d.f("Certificate Of Completion\nEnvelope Id: §env§\nSubject: Please DocuSign: Service Agreement §comp§.pdf\n"
        "Status: Completed\n\nSigner Events\n§a§ (§ea§)\n  Signed: §dt1§ | §t1§\n  Signature Adoption: Drawn on Device\n"
        "  Using IP Address: 84.§ip§\n§b§ (§eb§)\n  Signed: §dt2§ | §t2§\n  Signature Adoption: Pre-selected Style\n\n"
        "Envelope Summary Events: Envelope Sent §dt0§, Completed §dt2§\n",
        env=rs(8, HEX).upper() + "-" + rs(4, HEX).upper() + "-" + rs(4, HEX).upper() + "-" + rs(12, HEX).upper(),
        comp=K(s.name), a=P(a.full), ea=EM(a.mail(s.dom, 0)), dt1=K(fd(d1, "eny")), t1=K(tm(0)),
        ip="%d.%d.%d" % (R.randint(1, 254), R.randint(1, 254), R.randint(1, 254)), b=P(b.full), eb=EM(b.mail()),
        dt2=K(fd(d2, "eny")), t2=K(tm(0)), dt0=K(fd(d0, "eny")))


@tpl("SIGNED_CONTRACT")
def con_offerte_akkoord(d):
    s = sector("install")
    p = pers()
    a = adr()
    svc, lo, hi = s.service()
    tot = R.randint(lo, hi) * 100 + R.randrange(100)
    d.f("Offerte §of§ - §svc§\nKlant: §p§, §addr§\nTotaal incl. btw: §tot§\nProduct: §prod§\n\n"
        "AKKOORD KLANT\nDigitaal ondertekend door §p2§ op §dt§ om §tm§ (IP 77.§ip§)\nHandtekening: [afbeelding handtekening]\n"
        "Aanbetaling 30% (§aan§) voldaan.\n",
        of=kord(3), svc=K(svc), p=P(p.full), addr=a.parts(", "), tot=K(money(tot, 0)), prod=kprod(s), p2=P(p.ini),
        dt=kdate("dd-mm-yyyy"), tm=ktime(0), ip="%d.%d.%d" % (R.randint(1, 254), R.randint(1, 254), R.randint(1, 254)),
        aan=K(money(rnd(tot * 0.3), 0)))


@tpl("SIGNED_CONTRACT")
def con_plaatsing_konnect(d):
    s = sector("kinder")
    kid, par = pers(), pers()
    d.f("Plaatsingsovereenkomst dagopvang\n§comp§\nKind: §k§, geboren §kb§\nOuder/verzorger: §p§\nOpvangdagen: §days§\n"
        "Uurtarief 2025: §rate§\nIngangsdatum: §start§\n\nDeze overeenkomst is digitaal ondertekend in het "
        "ouderportaal door §p2§ op §dt§ (§tm§). Handtekening locatiemanager: §sm§ §lm§\n",
        comp=K(s.name), k=P(kid.first + " " + par.lastname), kb=GD(bdate(2023, 2025, 0)), p=P(par.full),
        days=K(", ".join(pick(DAGEN[:5], 3))), rate=K(money(R.randint(1000, 1180), 0)), start=kdate("dmy"),
        p2=P(par.full), dt=kdate("dd-mm-yyyy"), tm=ktime(0), sm=sigmark(), lm=P(pers().ini))


@tpl("SIGNED_CONTRACT")
def con_rijles(d):
    s = sector("rijschool")
    p, par, inst = pers(), pers(), pers()
    d.f("LESOVEREENKOMST §comp§\nLeerling: §p§, geb. §b§, tel. §t§\nPakket: §pak§ voor §prijs§, te betalen in 3 termijnen\n"
        "Examen: praktijkexamen CBR inbegrepen\n\nHandtekening leerling: §sm1§   Datum: §dt§\nHandtekening ouder/voogd "
        "(leerling <18): §sm2§ §par§\nHandtekening rijschool: §sm3§ §inst§\n",
        comp=K(s.name), p=P(p.full), b=GD(bdate(2007, 2008)), t=T(mob()), pak=K("lespakket " + str(ch((20, 25, 30))) + " lessen"),
        prijs=eur(1000, 1500, style=0), sm1=sigmark(), dt=kdate("dd-mm-yyyy"), sm2=sigmark(), par=P(par.ini),
        sm3=sigmark(), inst=P(inst.ini))


@tpl("SIGNED_CONTRACT")
def con_vso_pdf(d):
    s = sector("advocaat")
    w, e = pers(), sector()
    d.noise = pdf_noise
    d.f("VASTSTELLINGSOVEREENKOMST\nPartijen: §comp§, werkgever, en §w§, werknemer, komen overeen dat de "
        "arbeidsovereenkomst met wederzijds goedvinden eindigt per §end§ op initiatief van werkgever. "
        "Werkgever betaalt een transitievergoeding van §tv§ bruto. Partijen verlenen elkaar finale kwijting.\n",
        comp=K(e.name), w=P(w.full), end=kdate("dmy"), tv=eur(3000, 26000, style=0))
    d.noise = None
    d.f("Getekend te §town§, §dt§\n\n_§sm1§_______________      _§sm2§_______________\n§boss§ (werkgever)             §w2§ (werknemer)\n",
        town=town(), dt=kdate("dmy"), sm1=sigmark(), sm2=sigmark(), boss=P(pers().ini), w2=P(w.ini))


@tpl("SIGNED_CONTRACT")
def con_sponsor(d):
    s = sector("sport")
    sp, vz = pers(), pers()
    cs = sector(ch(("garage", "install", "horeca", "bouw")))
    d.f("Sponsorovereenkomst §y§\n§club§ en §sponsor§ (contactpersoon §sp§) komen overeen: shirtsponsoring "
        "selectie, bedrag §eur§ per seizoen, looptijd 3 seizoenen.\n\nVoor akkoord:\n§sponsor§, §sp2§ - §sm1§ - §dt1§\n"
        "§club§, §vz§ (voorzitter) - §sm2§ - §dt2§\n",
        y=K("seizoen 2025-2026"), club=K(s.name), sponsor=K(cs.name), sp=P(sp.full), eur=eur(750, 6000, True, 0),
        sp2=P(sp.ini), sm1=sigmark(), dt1=kdate("dd-mm-yyyy"), vz=P(vz.full), sm2=sigmark(), dt2=kdate("dd-mm-yyyy"))


@tpl("SIGNED_CONTRACT")
def con_garage_opdracht(d):
    s = sector("garage")
    p = pers()
    svc, lo, hi = s.service()
    d.f("REPARATIEOPDRACHT §wb§\n§comp§\nKlant: §p§   Tel: §t§\nKenteken: §kt§   Merk/type: §prod§   Km-stand: §km§\n"
        "Werkzaamheden: §svc§\nPrijsindicatie: §eur§ (meerwerk > 10% alleen na telefonisch akkoord)\n\nVoor akkoord "
        "opdrachtgever: §sm§\nNaam: §p2§   Datum: §dt§\n",
        wb=kord(5), comp=K(s.name), p=P(p.full), t=T(tel()), kt=KT(plate()), prod=kprod(s), km=str(R.randint(12000, 280000)),
        svc=K(svc), eur=eur(lo, hi, style=0), sm=sigmark(), p2=P(p.ini), dt=kdate("dd-mm-yyyy"))


@tpl("SIGNED_CONTRACT")
def con_vet_consent(d):
    s = sector("dier")
    p = pers()
    a = adr()
    d.f("TOESTEMMINGSFORMULIER OPERATIE / NARCOSE\n§comp§\nEigenaar: §p§\nAdres: §addr§\nTelefoon (bereikbaar tijdens "
        "operatie): §t§\nDier: §pet§ (§soort§)\nIngreep: §svc§, kostenraming §eur§\n\nIk ga akkoord met de ingreep en de "
        "risico's van narcose.\nHandtekening eigenaar: §sm§          Datum: §dt§\n",
        comp=K(s.name), p=P(p.full), addr=a.parts(", "), t=T(tel(a)), pet=ch(("Bobby", "Luna", "Max", "Pip", "Saar", "Tommie", "Nala")),
        soort=ch(("kat, EKH", "hond, labrador", "hond, kruising", "konijn")), svc=K(s.service()[0]), eur=eur(85, 460, style=0),
        sm=sigmark(), dt=kdate("dd-mm-yyyy"))


@tpl("SIGNED_CONTRACT")
def con_tand_begroting(d):
    s = sector("tand")
    p = pers()
    d.f("BEGROTING TANDHEELKUNDIGE BEHANDELING (> € 250)\n§comp§\nPatiënt: §p§, geb. §b§\n\n", comp=K(s.name),
        p=P(p.full), b=GD(bdate()))
    tot = 0
    for code, name, lo, hi in pick([("R24", "kroon", 590, 920), ("E13", "wortelkanaalbehandeling", 280, 640),
                                    ("X10", "röntgenfoto", 17, 23), ("V93", "composietvulling", 60, 130),
                                    ("A15", "anesthesie", 15, 20), ("T22", "parodontale behandeling", 90, 240)], 3):
        c = R.randint(lo, hi) * 100 + R.randrange(100)
        tot += c
        d.add(code, " ", name, " ", K(money(c, 0)), "\n")
    d.f("Totaal: §tot§\n\nIk ga akkoord met deze begroting.\nHandtekening patiënt: §sm§ §p2§, §dt§\n",
        tot=K(money(tot, 0)), sm=sigmark(), p2=P(p.ini), dt=kdate("dd-mm-yyyy"))


@tpl("SIGNED_CONTRACT")
def con_dpa_msp(d):
    it = sector("it")
    c = sector(ch(("fysio", "tand", "advocaat", "kinder", "woning")))
    a, b = pers(), pers()
    d.f("VERWERKERSOVEREENKOMST\ntussen §c§ (verwerkingsverantwoordelijke) en §it§ (verwerker)\n\n[...]\nArtikel 12 - "
        "Datalekken worden binnen 24 uur gemeld aan verwerkingsverantwoordelijke, zodat deze binnen 72 uur kan melden "
        "bij de Autoriteit Persoonsgegevens.\n\nNamens verwerkingsverantwoordelijke:   Namens verwerker:\n"
        "w.g. §a§                            w.g. §b§\n§town§, §dt§                      §town2§, §dt2§\n",
        c=K(c.name), it=K(it.name), a=P(a.ini), b=P(b.ini), town=town(), dt=kdate("dd-mm-yyyy"), town2=town(),
        dt2=kdate("dd-mm-yyyy"))


@tpl("SIGNED_CONTRACT")
def con_aanneem_schilder(d):
    s = sector("bouw")
    p, boss = pers(), pers()
    a = adr()
    svc, lo, hi = s.service()
    d.f("AANNEEMOVEREENKOMST\nOpdrachtgever: §p§, §addr§, tel. §t§\nAannemer: §comp§, vertegenwoordigd door §b§\n"
        "Werk: §svc§ conform offerte §of§\nAanneemsom: §eur§ incl. 21% btw\nUitvoering: week §wk§\n\n"
        "Paraaf opdrachtgever op elke pagina: §ini§\nHandtekening opdrachtgever: §sm1§\nHandtekening aannemer: §sm2§\n"
        "Datum: §dt§\n",
        p=P(p.full), addr=a.parts(", "), t=T(tel(a)), comp=K(s.name), b=P(boss.full), svc=K(svc), of=kord(3),
        eur=eur(lo, hi, style=0), wk=str(R.randint(10, 44)), ini="(geparafeerd)", sm1=sigmark(), sm2=sigmark(),
        dt=kdate("dd-mm-yyyy"))


@tpl("SIGNED_CONTRACT")
def con_ocr_scan(d):
    s = sector(ch(("woning", "agro", "bouw")))
    p, q = pers(), pers()
    d.add("[OCR contract_ondertekend_scan.pdf, pagina 4/4]\n")
    d.noise = ocr_noise
    d.f("Aldus opgemaakt en ondertekend in tweevoud te ", )
    d.noise = None
    d.add(town(), " op ", K(fd(rdate(), "dmy")), "\n\n")
    d.noise = ocr_noise
    d.add("Verhuurder                        Huurder\n")
    d.noise = None
    d.add(ch(("~~/ʃ~~", "J/~~~", "~~ɱ~~", "/\\/\\~~")), "                        ", ch(("~~ʃʃ~", "~/~~J", "/~~~")), "\n")
    d.add(P(p.ini), "                     ", P(q.ini), "\n")
    d.noise = ocr_noise
    d.add("(handtekening)                    (handtekening)\n")


@tpl("SIGNED_CONTRACT")
def con_mail_getekend_retour(d):
    s = sector(ch(("advocaat", "woning", "it", "bouw")))
    p, me = pers(), pers()
    d.f("Beste §me§,\n\nBijgaand het getekende contract retour (scan als bijlage). Ik heb op elke pagina geparafeerd.\n\n"
        "Groet,\n§p§\n\n--- tekst bijlage (pagina 3) ---\nOndertekening\nOpdrachtgever: §p2§\nHandtekening: §sm§\n"
        "Datum: §dt§\nPlaats: §town§\n",
        me=P(me.first), p=P(p.full), p2=P(p.full), sm=sigmark(), dt=kdate("dd-mm-yyyy"), town=town())


@tpl("SIGNED_CONTRACT")
def con_catering(d):
    s = sector("horeca")
    p = pers()
    cs = sector(ch(("advocaat", "it", "woning", "sport")))
    gasten = R.randint(40, 220)
    pp = R.randint(2800, 6500)
    tot = gasten * pp
    d.f("Cateringovereenkomst §nr§\nOpdrachtgever: §org§, contact §p§ (§e§)\nEvenement: personeelsfeest op §dt§, §tm§\n"
        "Aantal gasten: §n§ à §pp§ = §tot§ excl. btw\n\nGetekend voor akkoord door opdrachtgever: §p2§ op §dts§\n"
        "Handtekening: §sm§\n",
        nr=kord(11), org=K(cs.name), p=P(p.full), e=EM(p.mail(cs.dom, 0)), dt=kdate("wdm"), tm=ktime(0), n=str(gasten),
        pp=K(money(pp, 0)), tot=K(money(tot, 0)), p2=P(p.full), dts=kdate("dmy"), sm=sigmark())


@tpl("SIGNED_CONTRACT")
def con_validsign_solar(d):
    s = sector("install")
    p = pers()
    a = adr()
    d.f("ValidSign - audittrail\nTransactie: Koopovereenkomst zonnepanelen §of§\nOndertekenaar 1: §p§ <§e§>\n"
        "  - e-mail geverifieerd §dt§ §t1§\n  - SMS-verificatie naar §tel§ geslaagd\n  - document ondertekend §dt§ §t2§\n"
        "Ondertekenaar 2: §comp§ (§mw§)\n  - document ondertekend §dt2§\nInstallatieadres: §addr§\nKoopsom: §eur§\n",
        of=kord(3), p=P(p.full), e=EM(p.mail()), dt=kdate("dd-mm-yyyy"), t1=K(tm(0)), tel=T(mob()), t2=K(tm(0)),
        comp=K(s.name), mw=P(pers().ini), dt2=kdate("dd-mm-yyyy"), addr=a.parts(", "), eur=eur(4200, 9800, style=0))


@tpl("SIGNED_CONTRACT")
def con_pacht(d):
    s = sector("agro")
    a, b = pers("nl"), pers()
    d.f("GELIEBERALISEERDE PACHTOVEREENKOMST\nVerpachter: §a§, §addr§\nPachter: §b§, h.o.d.n. §comp§\nPerceel: kadastraal "
        "bekend gemeente §town§, sectie §sec§ nummer §num§, groot 4.12.50 ha\nPachtprijs: §eur§ per jaar\nDuur: 6 jaar "
        "vanaf §dt§\n\nAldus getekend:\nVerpachter §sm1§              Pachter §sm2§\n",
        a=P(a.full), addr=adr().parts(", "), b=P(b.full), comp=K(s.name), town=town(), sec=ch("ABCDEFGHK"),
        num=str(R.randint(100, 2999)), eur=eur(2400, 7800, True, 0), dt=kdate("dmy"), sm1=sigmark(), sm2=sigmark())


@tpl("SIGNED_CONTRACT")
def con_supplier_bilingual(d):
    s = sector("agro")
    a, b = pers(), pers(ch(("pl", "bg", "ro")))
    d.f("Leveranciersovereenkomst / Supply agreement\n§comp§ (koper / buyer) - §b§, §bc§ (leverancier / supplier)\n"
        "Product: potgrond en kwekerijsubstraat, minimum afname §eur§ per kwartaal\n\nSigned / getekend:\n"
        "For the buyer: §a§ §sm1§ (§dt1§)\nFor the supplier: §b2§ §sm2§ (§dt2§)\n",
        comp=K(s.name), b=P(b.full), bc=K(ch(("Agro-Substrat Sp. z o.o.", "SubstraTech SRL", "Agrotorf EOOD"))),
        eur=eur(2500, 12000, True, 0), a=P(a.full), sm1=sigmark(), dt1=kdate("dd-mm-yyyy"), b2=P(b.full), sm2=sigmark(),
        dt2=kdate("dd-mm-yyyy"))


@tpl("SIGNED_CONTRACT")
def con_employment_en(d):
    s = sector("it")
    e, w = pers(), pers(ch(("in", "br", "ua", "cn")))
    d.f("EMPLOYMENT AGREEMENT (indefinite term)\nEmployer: §comp§, represented by §e§\nEmployee: §w§, born §wb§, "
        "residing at §addr§\nPosition: §role§, start date §start§, gross monthly salary §sal§\n\nSigned in duplicate:\n"
        "Employer: §sm1§ §e2§, date §d1§\nEmployee: §sm2§ §w2§, date §d2§\n",
        comp=K(s.name), e=P(e.full), w=P(w.full), wb=GD(bdate(1975, 2000, 8)), addr=adr().parts(", "),
        role=ch(("cloud engineer", "service desk engineer", "network specialist")), start=kdate("eny"),
        sal=K(money(R.randint(3500, 6800) * 100, 10)), sm1=sigmark(), e2=P(e.full), d1=kdate("eny"), sm2=sigmark(),
        w2=P(w.full), d2=kdate("eny"))


@tpl("SIGNED_CONTRACT")
def con_whatsapp_foto(d):
    s = sector(ch(("bouw", "install", "agro")))
    a, b = pers(), pers()
    d.f("§a§: ", a=P(a.first.lower()))
    d.noise = chat_noise
    d.add("contract is getekend door de klant, hier de foto van de laatste pagina\n")
    d.noise = None
    d.add("<IMG-", digits(8), "-WA0012.jpg>\n[tekst uit afbeelding]\n")
    d.f("Voor akkoord opdrachtgever:\nNaam: §c§\nHandtekening: §sm§\nDatum: §dt§\n", c=P(pers().full), sm=sigmark(),
        dt=kdate("dd-mm-yyyy"))
    d.f("§b§: ", b=P(b.first.lower()))
    d.noise = chat_noise
    d.add("top, ik plan ze in")


@tpl("SIGNED_CONTRACT")
def con_huur_bedrijfsruimte(d):
    s = sector(ch(("fysio", "tand", "apotheek")))
    v, h = pers(), pers()
    a = adr()
    d.f("HUUROVEREENKOMST BEDRIJFSRUIMTE (model ROZ)\nVerhuurder: §v§\nHuurder: §comp§, vertegenwoordigd door §h§\n"
        "Het gehuurde: praktijkruimte aan de §addr§\nHuurprijs: §huur§ per jaar, te betalen per kwartaal\n"
        "Waarborgsom: §ws§ op rekening §iban§\n\nOndertekening:\nVerhuurder: §sm1§ §v2§\nHuurder: §sm2§ §h2§\n"
        "Plaats en datum: §town§, §dt§\n",
        v=P(v.full), comp=K(s.name), h=P(h.full), addr=a.parts(" te "), huur=eur(14000, 52000, True, 0),
        ws=eur(3000, 12000, True, 0), iban=IB(iban()), sm1=sigmark(), v2=P(v.ini), sm2=sigmark(), h2=P(h.ini), town=a.town,
        dt=kdate("dmy"))


@tpl("SIGNED_CONTRACT")
def con_apotheek_samenwerking(d):
    s = sector("apotheek")
    a, b = pers(), pers()
    d.f("Samenwerkingsovereenkomst farmacotherapeutisch overleg (FTO)\nPartijen: §comp§, vertegenwoordigd door "
        "apotheker §a§, en Huisartsenpraktijk §town§, vertegenwoordigd door §b§.\nVergoeding per overleg: §eur§\n\n"
        "Ondertekend:\n§a2§, apotheker - §sm1§ - §dt§\n§b2§, huisarts - §sm2§ - §dt§\n",
        comp=K(s.name), a=P(a.full), town=town(), b=P(b.full), eur=eur(150, 450), a2=P(a.ini), sm1=sigmark(),
        dt=kdate("dd-mm-yyyy"), b2=P(b.ini), sm2=sigmark())


@tpl("SIGNED_CONTRACT")
def con_flemish_gelezen(d):
    s = sector(ch(("bouw", "horeca", "agro")))
    a, b = pers("vl"), pers("vl")
    d.f("OVEREENKOMST VAN AANNEMING\nTussen §a§, wonende te §addr§ (bouwheer) en §comp§ (aannemer).\nWerken: renovatie "
        "badkamer, totaalprijs §eur§ excl. btw.\n\nOpgemaakt te §town§ op §dt§, in twee exemplaren.\n\n"
        "\"Gelezen en goedgekeurd\" §sm1§\n§a2§\n\n\"Gelezen en goedgekeurd\" §sm2§\n§b§, zaakvoerder\n",
        a=P(a.full), addr=adr(be=True).parts(", "), comp=K(s.name), eur=eur(8000, 24000, style=0), town=ch(BE_TOWNS)[0],
        dt=kdate("dmy"), sm1=sigmark(), a2=P(a.full), sm2=sigmark(), b=P(b.full))


@tpl("SIGNED_CONTRACT")
def con_koop_auto(d):
    s = sector("garage")
    p = pers()
    a = adr()
    d.f("KOOPOVEREENKOMST GEBRUIKTE AUTO\nVerkoper: §comp§\nKoper: §p§, §addr§, tel. §t§\nVoertuig: §prod§, kenteken §kt§, "
        "km-stand §km§\nKoopprijs: §eur§, inruil: §ir§ (kenteken §kt2§)\nGarantie: 6 maanden BOVAG\n\n"
        "Handtekening koper: §sm1§\nHandtekening verkoper: §sm2§\nDatum aflevering: §dt§\n",
        comp=K(s.name), p=P(p.full), addr=a.parts(", "), t=T(tel(a)), prod=kprod(s), kt=KT(plate()),
        km=str(R.randint(15000, 190000)), eur=eur(6500, 32000, True, 0), ir=eur(500, 6000, True, 0), kt2=KT(plate()),
        sm1=sigmark(), sm2=sigmark(), dt=kdate("dmy"))


@tpl("SIGNED_CONTRACT")
def con_opdrachtbevestiging(d):
    s = sector("advocaat")
    c, adv = pers(), pers()
    d.f("Opdrachtbevestiging - dossier §dos§\nCliënt: §c§, §addr§\nZaak: §zaak§\nUurtarief: §rate§ excl. btw, voorschot §vs§\n"
        "Algemene voorwaarden van §comp§ zijn van toepassing.\n\nVoor akkoord cliënt:\n§sm§\n§c2§, §dt§\n",
        dos=kord(4), c=P(c.full), addr=adr().parts(", "), zaak=ch(("ontslag op staande voet", "echtscheiding en alimentatie",
                                                                  "huurgeschil", "incasso vordering")),
        rate=eur(180, 265, True, 0), vs=eur(750, 2500, True, 0), comp=K(s.name), sm=sigmark(), c2=P(c.full), dt=kdate("dmy"))


@tpl("SIGNED_CONTRACT")
def con_sportschool_tablet(d):
    s = sector("sport")
    p = pers()
    d.f("Lidmaatschapsovereenkomst §comp§\nLid: §p§, geboren §b§\nE-mail: §e§  Mobiel: §t§\nAbonnement: "
        "§ab§ à §eur§ per 4 weken, minimale looptijd 12 maanden\nIBAN (automatische incasso): §iban§\n\n"
        "Getekend op tablet aan de balie door §p2§ op §dt§ om §tm§. [handtekening opgeslagen]\n",
        comp=K(s.name), p=P(p.full), b=GD(bdate(1960, 2007)), e=EM(p.mail()), t=T(mob()),
        ab=K(ch(("All-in", "Dal-uren", "Basis", "Premium"))), eur=eur(20, 45), iban=IB(iban()), p2=P(p.full),
        dt=kdate("dd-mm-yyyy"), tm=ktime(0))


@tpl("SIGNED_CONTRACT")
def con_stage(d):
    s = sector()
    st, sch, bg = pers(), pers(), pers()
    d.f("Praktijkovereenkomst BOL (stage)\nStudent: §st§, studentnummer §sn§\nOnderwijsinstelling: §school§, "
        "vertegenwoordigd door §sch§\nLeerbedrijf: §comp§, praktijkopleider §bg§\nPeriode: §d1§ t/m §d2§, stagevergoeding §eur§ "
        "per maand\n\nHandtekeningen:\nStudent §sm1§   Onderwijsinstelling §sm2§   Leerbedrijf §sm3§\n",
        st=P(st.full), sn=str(R.randint(100000, 999999)), school=K(ch(("ROC Midden Nederland", "Graafschap College",
                                                                        "ROC Friese Poort", "Summa College", "Albeda"))),
        sch=P(sch.ini), comp=K(s.name), bg=P(bg.full), d1=kdate("dmy"), d2=kdate("dmy"), eur=eur(200, 450, True),
        sm1=sigmark(), sm2=sigmark(), sm3=sigmark())


@tpl("SIGNED_CONTRACT")
def con_addendum(d):
    s = sector()
    p, boss = pers(), pers()
    d.f("ADDENDUM bij arbeidsovereenkomst d.d. §d0§\nPartijen: §comp§ en §p§\nWijziging: arbeidsduur van §u1§ naar §u2§ uur "
        "per week per §d1§; salaris wordt §sal§ bruto per maand.\nOverige bepalingen blijven ongewijzigd.\n\n"
        "Getekend voor akkoord,\n§boss§ §sm1§           §p2§ §sm2§\n",
        d0=kdate("dd-mm-yyyy"), comp=K(s.name), p=P(p.full), u1=str(ch((24, 28, 32))), u2=str(ch((32, 36, 38, 40))),
        d1=kdate("dmy"), sal=eur(2400, 5200, style=0), boss=P(boss.ini), sm1=sigmark(), p2=P(p.ini), sm2=sigmark())


@tpl("SIGNED_CONTRACT")
def con_mediation_ouderschapsplan(d):
    s = sector("advocaat")
    a, b = pers(g="f"), pers(g="m")
    kid = pers(a.origin)
    d.f("OUDERSCHAPSPLAN\nOuders: §a§ en §b§\nKind: §k§, geboren §kb§\nZorgregeling: week-op-week-af, wissel op vrijdag "
        "om §tm§\nKinderalimentatie: §eur§ per maand\n\nAldus overeengekomen en ondertekend:\n§a2§ §sm1§   §b2§ §sm2§\n"
        "Mediator: §m§, §comp§, §dt§\n",
        a=P(a.full), b=P(b.full), k=P(kid.first), kb=GD(bdate(2012, 2022)), tm=ktime(0), eur=eur(150, 650), a2=P(a.ini),
        sm1=sigmark(), b2=P(b.ini), sm2=sigmark(), m=P(pers().full), comp=K(s.name), dt=kdate("dmy"))



# ==============================================================================================
# CUSTOMER_LIST group: 5-15 people with contact details, mostly tables and exports
# ==============================================================================================

def nlist(lo=5, hi=15, origin=None):
    return people(R.randint(lo, hi), origin)


@tpl("CUSTOMER_LIST")
def cl_fysio_csv(d):
    s = sector("fysio")
    d.add("naam;telefoon;email;adres;postcode;woonplaats;laatste_afspraak\n")
    for p in nlist():
        a = adr(spaced=True)
        d.add(P(p.full), ";", T(tel(a)), ";", EM(p.mail()), ";", A(a.street), ";", PC(a.pc), ";", a.town, ";",
              K(fd(rdate(), "dd-mm-yyyy")), "\n")


@tpl("CUSTOMER_LIST")
def cl_sport_tsv(d):
    s = sector("sport")
    d.add("Relatiecode\tAchternaam\tTussenvoegsel\tVoornaam\tGeboortedatum\tMobiel\tE-mail\tTeam\n")
    for p in nlist(6, 15):
        d.add(rs(7, UPPERDIG), "\t", P(p.last), "\t", p.tv, "\t", P(p.first), "\t", GD(bdate(1955, 2016, 0)), "\t",
              T(mob(2)), "\t", EM(p.mail()), "\t", ch(("JO11-1", "JO13-2", "MO15-1", "Senioren 3", "Veteranen", "Dames 1")), "\n")


@tpl("CUSTOMER_LIST")
def cl_webshop_json(d):
    s = sector("agro")
    d.add("[\n")
    ps = nlist(5, 10)
    for i, p in enumerate(ps):
        a = adr()
        d.add('  {"customer_id": ', str(R.randint(1000, 99999)), ', "name": "', P(p.full), '", "email": "', EM(p.mail()),
              '", "phone": "', T(tel(a)), '", "address": {"street": "', A(a.street), '", "zip": "', PC(a.pc), '", "city": "',
              a.town, '"}, "orders": ', str(R.randint(1, 30)), '}', "," if i < len(ps) - 1 else "", "\n")
    d.add("]\n")


@tpl("CUSTOMER_LIST")
def cl_route_markdown(d):
    s = sector("install")
    d.f("## Route §dag§ - monteur §m§\n\n| # | Klant | Adres | Postcode | Telefoon | Werk |\n|---|---|---|---|---|---|\n",
        dag=kdate("wdm"), m=P(pers().first))
    for i, p in enumerate(nlist(5, 9)):
        a = adr()
        d.add("| ", str(i + 1), " | ", P(p.ini if chance(0.4) else p.full), " | ", A(a.street), " | ", PC(a.pc), " ",
              a.town, " | ", T(tel(a)), " | ", K(s.service()[0]), " |\n")


@tpl("CUSTOMER_LIST")
def cl_crm_html(d):
    s = sector(ch(("it", "advocaat", "bouw")))
    d.add("<table>\n<tr><th>Naam</th><th>Bedrijf</th><th>Telefoon</th><th>E-mail</th></tr>\n")
    for p in nlist():
        cs = sector()
        d.add("<tr><td>", P(p.full), "</td><td>", K(cs.name), "</td><td>", T(tel()), "</td><td>", EM(p.mail(cs.dom, R.randrange(4))),
              "</td></tr>\n")
    d.add("</table>")


@tpl("CUSTOMER_LIST")
def cl_vcards(d):
    s = sector(ch(("garage", "install", "bouw")))
    for p in nlist(5, 8):
        a = adr()
        d.add("BEGIN:VCARD\nVERSION:3.0\nFN:", P(p.full), "\nN:", P(p.last), ";", P(p.first), ";;;\nTEL;TYPE=CELL:", T(mob()),
              "\nEMAIL:", EM(p.mail()), "\nADR;TYPE=HOME:;;", A(a.street), ";", a.town, ";;", PC(a.pc), ";Nederland\nEND:VCARD\n")


@tpl("CUSTOMER_LIST")
def cl_reservations(d):
    s = sector("horeca")
    d.f("Reserveringen §dag§ - §comp§\nTijd\tNaam\tPers.\tTelefoon\tOpmerking\n", dag=kdate("Wdm"), comp=K(s.name))
    for p in nlist(6, 14):
        d.add(K(tm(0)), "\t", ch(([P(p.full)], [p.title + " ", P(p.formal)], [P(p.formal)], [P(p.ini)])), "\t",
              str(R.randint(2, 8)), "\t", T(mob()), "\t", ch(("", "", "verjaardag", "glutenvrij", "terras", "kinderstoel",
                                                          "vegetarisch x2", "notenallergie")), "\n")


@tpl("CUSTOMER_LIST")
def cl_mailchimp(d):
    s = sector(ch(("horeca", "agro", "sport")))
    d.add('"Email Address","First Name","Last Name","Phone Number","MEMBER_RATING","OPTIN_TIME"\n')
    for p in nlist(6, 15):
        d.add('"', EM(p.mail()), '","', P(p.first), '","', P(p.lastname), '","', T(mob(7)), '","', str(R.randint(1, 5)),
              '","', fd(rdate((2023, 1, 1), 900), "iso"), ' ', tm(0), ':00"\n')


@tpl("CUSTOMER_LIST")
def cl_kdv_ouderlijst(d):
    s = sector("kinder")
    d.f("Ouderlijst groep §grp§ (§comp§) - alleen voor intern gebruik\n\n", grp=ch(("Egeltjes", "Vlinders", "Dolfijnen", "Uilen")),
        comp=K(s.name))
    for _ in range(R.randint(5, 9)):
        par = pers()
        kid = pers(par.origin)
        d.add("- ", P(kid.first), ": ", P(par.full), ", ", T(mob()), ", ", EM(par.mail()), "\n")


@tpl("CUSTOMER_LIST")
def cl_rijschool(d):
    s = sector("rijschool")
    d.f("Leerlingen met examen in §mnd§\n", mnd=K(ch(MAANDEN)))
    for p in nlist(5, 10):
        d.add(P(p.full), " (", GD(bdate(2006, 2008, 0)), ") - ", T(mob()), " - examen ", K(fd(rdate(), "d-m")), " om ",
              K(tm(0)), "\n")


@tpl("CUSTOMER_LIST")
def cl_huurders(d):
    s = sector("woning")
    street = ch(STREETS)
    t = ch(TOWNS)
    d.f("Huurderslijst complex §cx§ (§town§)\nAdres\tHuurder\tTelefoon\tE-mail\n", cx=str(R.randint(100, 999)),
        town=t[0])
    used = []
    for p in nlist(5, 12):
        n = R.randint(1, 80)
        while n in used:
            n = R.randint(1, 80)
        used.append(n)
        d.add(A(street + " " + str(n)), "\t", P(p.lfi), "\t", T(tel()), "\t", EM(p.mail()), "\n")


@tpl("CUSTOMER_LIST")
def cl_apk(d):
    s = sector("garage")
    d.f("APK-herinneringen te versturen (§comp§)\nNaam | Kenteken | Telefoon | APK vervalt\n", comp=K(s.name))
    for p in nlist(5, 12):
        d.add(P(p.full), " | ", KT(plate()), " | ", T(tel()), " | ", K(fd(rdate(), "dd-mm-yyyy")), "\n")


@tpl("CUSTOMER_LIST")
def cl_vet_vaccinaties(d):
    s = sector("dier")
    d.add("eigenaar,dier,soort,telefoon,email,vaccinatie_due\n")
    for p in nlist(5, 12):
        d.add(P(p.full), ",", ch(("Bobby", "Luna", "Max", "Pip", "Saar", "Tommie", "Nala", "Bo", "Sammie", "Kees")), ",",
              ch(("hond", "kat", "konijn", "fret")), ",", T(mob(2)), ",", EM(p.mail()), ",", K(fd(rdate(), "iso")), "\n")


@tpl("CUSTOMER_LIST")
def cl_apotheek_bezorg(d):
    s = sector("apotheek")
    d.f("BEZORGLIJST §dag§ - rit §rit§\n", dag=kdate("short"), rit=ch(("ochtend", "middag", "avond")))
    for i, p in enumerate(nlist(6, 14)):
        a = adr()
        d.add(str(i + 1), ". ", ch(([p.mw + " ", P(p.formal)], [P(p.ini)], [P(p.full)])), " - ", A(a.street), ", ", PC(a.pc), " ", a.town,
              " - ", T(tel(a)), " - ", ch(("koelkast!", "", "", "contant € 0,00", "bij buren afgeven", "aanbellen achterdeur")), "\n")


@tpl("CUSTOMER_LIST")
def cl_debiteuren(d):
    s = sector("advocaat")
    d.add("Debiteur;IBAN;Openstaand;Vervaldatum;Telefoon\n")
    for p in nlist(5, 10):
        d.add(P(p.lf), ";", IB(iban(False)), ";", eur(80, 4800, style=11), ";", K(fd(rdate(), "dd-mm-yyyy")), ";", T(tel()), "\n")


@tpl("CUSTOMER_LIST")
def cl_msp_contacts(d):
    s = sector("it")
    d.add("Klant | Contactpersoon | Rol | Telefoon | E-mail\n")
    for p in nlist(5, 11):
        cs = sector(ch(tuple(k for k in SECTOR_KEYS if k != "it")))
        d.add(K(cs.name), " | ", P(p.full), " | ", ch(("eigenaar", "office manager", "praktijkmanager", "key-user")), " | ",
              T(tel()), " | ", EM(p.mail(cs.dom, R.randrange(4))), "\n")


@tpl("CUSTOMER_LIST")
def cl_tand_recall(d):
    s = sector("tand")
    d.add('"Patientnr","Naam","Geb.datum","Mobiel","Laatste controle"\n')
    for p in nlist(6, 15):
        d.add('"', str(R.randint(10000, 99999)), '","', P(p.lfi), '","', GD(bdate(1940, 2018, 0)), '","', T(mob(2)), '","',
              K(fd(rdate((2024, 1, 1), 500), "dd-mm-yyyy")), '"\n')


@tpl("CUSTOMER_LIST")
def cl_planbord(d):
    s = sector(ch(("install", "bouw")))
    d.f("Planning §wk§\n", wk=K("week " + str(R.randint(2, 51))))
    days = DAG2[:5]
    for i, p in enumerate(nlist(5, 10)):
        a = adr()
        d.add(days[i % 5], " ", K(tm(0)), "  ", P(p.ini if chance(0.5) else p.full), ", ", A(a.street), ", ", a.town, " (",
              T(tel(a)), ") - ", K(s.service()[0]), "\n")


@tpl("CUSTOMER_LIST")
def cl_oplevering(d):
    s = sector("bouw")
    d.f("Opleverlijst project §proj§ - bewonerscontacten\n", proj=K("Nieuwbouw " + ch(("De Akkers", "Zonnehoek", "Rietkraag",
                                                                                        "Het Veld"))))
    for i, p in enumerate(nlist(5, 12)):
        d.add("Bouwnr ", str(i + 1), ": ", P(p.full), ", ", T(mob()), ", ", EM(p.mail()), ", oplevering ",
              K(fd(rdate(), "dmy")), "\n")


@tpl("CUSTOMER_LIST")
def cl_catering_orders(d):
    s = sector("horeca")
    d.f("Bestellingen kerstdiner afhalen (§comp§)\n", comp=K(s.name))
    for p in nlist(5, 12):
        n = R.randint(1, 6)
        d.add(P(p.full), " - ", EM(p.mail()), " - ", T(mob()), " - ", str(n), "x menu - ", K(money(n * ch((3450, 3950, 4250)), 0)), "\n")


@tpl("CUSTOMER_LIST")
def cl_hotel_arrivals(d):
    s = sector("horeca")
    d.f("ARRIVALS §dt§ - §comp§\nRoom  Guest                         Nights  Phone                Email\n",
        dt=kdate("en"), comp=K(s.name))
    for p in nlist(5, 12):
        nm = p.lfi
        d.add(str(R.randint(101, 320)), "   ", P(nm), " " * max(2, 30 - len(nm)), str(R.randint(1, 7)), "       ", T(tel()), "   ",
              EM(p.mail()), "\n")


@tpl("CUSTOMER_LIST")
def cl_fb_leads(d):
    s = sector("install")
    d.add("created_time,full_name,phone_number,email,post_code,interesse\n")
    for p in nlist(6, 15):
        d.add(fd(rdate(), "iso"), "T", tm(0), ":00+0100,", P(p.full), ",", T(mob(ch((10, 2, 0, 7)))), ",",
              EM(p.mail()), ",", PC(gen_pc(ch(TOWNS)[1], False)), ",", ch(("zonnepanelen", "warmtepomp", "thuisbatterij",
                                                                          "laadpaal")), "\n")


@tpl("CUSTOMER_LIST")
def cl_google_forms(d):
    s = sector(ch(("sport", "kinder", "fysio")))
    d.add('"Tijdstempel","Naam","E-mailadres","Telefoonnummer","Welke dag?"\n')
    for p in nlist(5, 13):
        d.add('"', fd(rdate(), "d-m-yyyy"), " ", tm(1), ':', "%02d" % R.randrange(60), '","', P(p.full), '","', EM(p.mail()),
              '","', T(mob()), '","', K(ch(DAGEN[:6])), '"\n')


@tpl("CUSTOMER_LIST")
def cl_typeform(d):
    s = sector(ch(("rijschool", "sport", "horeca")))
    d.f("Typeform - responses export (§n§ nieuwe aanmeldingen)\n\n", n=str(R.randint(5, 9)))
    for i, p in enumerate(nlist(5, 9)):
        d.add("#", str(i + 1), "\nWhat's your name? ", P(p.first), "\nAnd your last name? ", P(p.lastname),
              "\nPhone: ", T(mob()), "\nEmail: ", EM(p.mail()), "\n\n")


@tpl("CUSTOMER_LIST")
def cl_groentepakket(d):
    s = sector("agro")
    d.f("Abonnees groentepakket - bezorgdag §dag§\n", dag=K(ch(DAGEN[:5])))
    for p in nlist(5, 12):
        a = adr()
        d.add(P(p.full), "; ", A(a.street), "; ", PC(a.pc), "; ", a.town, "; ", T(tel(a)), "; ",
              ch(("groot", "klein", "gezin", "fruit extra")), "\n")


@tpl("CUSTOMER_LIST")
def cl_team_ouders(d):
    s = sector("sport")
    d.f("Team §team§ - ouders voor de rijschema-app\n", team=ch(("JO9-2", "JO10-1", "MO11-1", "JO12-3")))
    for _ in range(R.randint(5, 10)):
        par = pers()
        kid = pers(par.origin)
        d.add(P(kid.first), " → ", P(par.first + " " + par.lastname), " ", T(mob()), "\n")


@tpl("CUSTOMER_LIST")
def cl_whatsapp_group(d):
    s = sector(ch(("kinder", "sport", "horeca")))
    d.f("Groepsinfo: §grp§\n§n§ deelnemers\n", grp=ch(("Ouders BSO Boomhut 🌳", "Vrijwilligers kantine", "Team bediening zomer")),
        n=str(R.randint(5, 12)))
    for p in nlist(5, 12):
        d.add(T(mob(8 if chance(0.5) else 9)), " ~ ", P(p.first if chance(0.4) else p.full), "\n")


@tpl("CUSTOMER_LIST")
def cl_sql_dump(d):
    s = sector(ch(("sport", "agro", "horeca")))
    d.add("INSERT INTO `klanten` (`id`, `naam`, `email`, `telefoon`, `postcode`) VALUES\n")
    ps = nlist(5, 10)
    for i, p in enumerate(ps):
        d.add("(", str(i + 1), ", '", P(p.full) if "'" not in p.full else P(p.first), "', '", EM(p.mail()),
              "', '", T(mob(2)), "', '", PC(gen_pc(ch(TOWNS)[1])), "')", "," if i < len(ps) - 1 else ";", "\n")


@tpl("CUSTOMER_LIST")
def cl_presentielijst_ocr(d):
    s = sector(ch(("sport", "kinder", "fysio")))
    d.add("[OCR presentielijst cursus EHBO]\n")
    d.noise = ocr_noise
    d.add("Naam                Handtekening     Telefoon\n")
    d.noise = None
    for p in nlist(5, 12):
        d.add(P(p.full), "   ", ch(("~~/~", "J~~", "✓", "—", "/~/")), "   ", T(tel()), "\n")


@tpl("CUSTOMER_LIST")
def cl_pdf_deelnemers(d):
    s = sector(ch(("fysio", "sport")))
    d.noise = pdf_noise
    d.f("Deelnemerslijst groepstraining valpreventie, start §dt§, locatie §comp§\n", dt=kdate("dmy"), comp=K(s.name))
    d.noise = None
    for p in nlist(5, 12):
        d.add(P(p.ini), " ", GD(bdate(1935, 1960, 0)), " ", T(tel()), "\n")
    d.noise = pdf_noise
    d.add("Pagina 1 van 1 - vertrouwelijk, niet verspreiden\n")


@tpl("CUSTOMER_LIST")
def cl_excel_paste_tuincentrum(d):
    s = sector("agro")
    d.add("Klantnr\tNaam\tAdres\tPlaats\tTelefoon\tKlantenpas\n")
    for p in nlist(5, 12):
        a = adr()
        d.add(str(R.randint(10000, 99999)), "\t", P(p.lf), "\t", A(a.street), "\t", a.town, "\t", T(tel(a)), "\t",
              ch(("goud", "zilver", "basis")), "\n")


@tpl("CUSTOMER_LIST")
def cl_flemish_leden(d):
    s = sector(ch(("sport", "horeca")))
    d.add("Ledenlijst (export) - naam; adres; gsm; e-mail\n")
    for p in nlist(5, 10, "vl"):
        a = adr(be=True)
        d.add(P(p.full), "; ", A(a.street), ", ", a.pc, " ", a.town, "; ", T(be_tel()), "; ", EM(p.mail()), "\n")



# ==============================================================================================
# NEG group: hard negatives that must not be blocked (personal data still labelled)
# ==============================================================================================

def placeholder_key():
    return ch(("sk-proj-XXXXXXXXXXXXXXXXXXXXXXXX", "<YOUR_API_KEY>", "sk-ant-api03-...", "${OPENAI_API_KEY}",
               "jouw-api-sleutel-hier", "sk_live_...", "AKIA................", "xoxb-your-bot-token", "<token>",
               "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "AIza...", "REPLACE_ME"))


def redacted_key():
    k = ch(("sk-proj-", "sk-ant-api03-", "sk_live_", "ghp_", "AKIA", "xoxb-", "live_", "AIzaSy", "glpat-", "SG."))
    return ch((k + "****" + rs(4), k + "•" * 12 + rs(4), k + "[REDACTED]", k + "…" + rs(4), k + "*" * R.randint(8, 20)))


@tpl("NEG")
def neg_password_policy(d):
    s = sector("it")
    p = pers()
    d.f("Wachtwoordbeleid §comp§ (versie §v§)\n\n- Minimaal 14 tekens, gebruik bij voorkeur een wachtzin.\n- Geen "
        "hergebruik van je laatste 10 wachtwoorden.\n- Wachtwoorden nooit per mail, WhatsApp of Teams delen.\n"
        "- Tweestapsverificatie is verplicht voor Microsoft 365 en de boekhouding.\n- Wachtwoord vergeten? Bel de "
        "servicedesk: §t§.\n\nVragen over dit beleid: §p§ (§e§)\n",
        comp=K(s.name), v=K(str(R.randint(1, 4)) + "." + str(R.randint(0, 9))), t=T(vast()), p=P(p.full), e=EM(p.mail(s.dom, 1)))


@tpl("NEG")
def neg_2fa_sms(d):
    s = sector()
    p = pers()
    code = digits(6)
    d.f("SMS aan §t§: §comp§: je inlogcode is §c§. Deel deze code met niemand, ook niet met onze medewerkers. "
        "Niet aangevraagd? Bel §t2§.\n", t=T(mob()), comp=K(s.name), c=code, t2=T(vast()))


@tpl("NEG")
def neg_reset_mail(d):
    s = sector(ch(("kinder", "sport", "woning")))
    p = pers()
    d.f("Beste §p§,\n\nJe hebt gevraagd om je wachtwoord opnieuw in te stellen voor het portaal van §comp§. Klik op de "
        "knop 'Nieuw wachtwoord' in deze mail. De link is 60 minuten geldig.\n\nHeb je dit niet aangevraagd? Dan kun je "
        "deze e-mail negeren; je huidige wachtwoord blijft gewoon werken.\n\nMet vriendelijke groet,\n§comp§\n",
        p=P(p.first), comp=K(s.name))


@tpl("NEG")
def neg_placeholder_docs(d):
    s = sector("it")
    p = pers()
    d.f("## Installatie chatbot-plugin\n\n1. Maak in het OpenAI-dashboard een project-key aan.\n2. Zet de key in `.env`:\n\n"
        "```\nOPENAI_API_KEY=§k§\n```\n\n3. Stel een harde limiet in van §lim§ per maand (zie regel 08 van de gids).\n\n"
        "Vragen: §p§, §e§\n",
        k=placeholder_key(), lim=K(ch(("50 euro", "€ 100", "200 euro", "€ 150,-"))), p=P(p.full), e=EM(p.mail(s.dom, 1)))


@tpl("NEG")
def neg_redacted_key(d):
    s = sector("it")
    p, q = pers(), pers()
    d.f("Hoi §q§,\n\nDe key §k§ is vanochtend ingetrokken omdat hij in een publieke repository stond. De nieuwe staat "
        "in de kluis (1Password, kluis 'Klanten'), niet in deze mail. Rotatie gedaan om §tm§.\n\nGroet,\n§p§\n",
        q=P(q.first), k=redacted_key(), tm=ktime(0), p=P(p.first))


@tpl("NEG")
def neg_aws_example(d):
    p = pers()
    d.f("Trainingsnotities AWS-cursus (§p§, §dt§)\n\nIn de documentatie van AWS staan voorbeeldwaarden die niet "
        "werken, zoals access key AKIAIOSFODNN7EXAMPLE en secret wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY. "
        "Gebruik die alleen in oefeningen; echte sleutels horen in Secrets Manager.\n",
        p=P(p.full), dt=kdate("dmy"))


@tpl("NEG")
def neg_bsn_explained(d):
    s = sector(ch(("fysio", "tand", "apotheek")))
    p = pers()
    d.f("Beste §p§,\n\nU vroeg waarom wij uw BSN nodig hebben. Zorgverleners zijn wettelijk verplicht het "
        "burgerservicenummer te controleren en te gebruiken. U vindt het op uw paspoort, identiteitskaart of rijbewijs. "
        "Stuur het nummer niet per e-mail; u kunt het bij uw eerste afspraak op §dt§ aan de balie laten zien.\n\n"
        "Met vriendelijke groet,\n§me§\n§comp§\n",
        p=[p.title + " ", P(p.formal)], dt=kdate("wdm"), me=P(pers().full), comp=K(s.name))


@tpl("NEG")
def neg_fake9_orders(d):
    tw = twotimes()
    s = sector(ch(("agro", "garage", "install", "horeca")))
    p = pers()
    o1, o2 = fake9(), fake9()
    d.f("Hallo §p§,\n\nUw bestellingen met ordernummer §o1§ en §o2§ zijn samen verzonden met PostNL. "
        "Het totaalbedrag van §eur§ is afgeschreven. Verwachte levering: §dt§ tussen §t1§ en §t2§.\n\nTeam §comp§\n",
        p=P(p.first), o1=K(o1), o2=K(o2), eur=eur(20, 400), dt=kdate("wdm"), t1=K(tw[0]), t2=K(tw[1]), comp=K(s.name))


@tpl("NEG")
def neg_unsigned_draft(d):
    s = sector("woning")
    p = pers()
    a = adr()
    d.f("CONCEPT - TER ONDERTEKENING\nHuurovereenkomst zelfstandige woonruimte\nVerhuurder: §comp§\nHuurder: §p§\n"
        "Gehuurde: §addr§\nKale huur: §huur§ per maand\n\nHandtekening huurder: ______________________\n"
        "Handtekening verhuurder: ______________________\nDatum: ____-____-______\n\nGraag getekend retour vóór §dt§.\n",
        comp=K(s.name), p=P(p.full), addr=a.parts(", "), huur=eur(550, 880, style=0), dt=kdate("wdm"))


@tpl("NEG")
def neg_model_contract(d):
    s = sector()
    p = pers()
    d.f("MODEL-ARBEIDSOVEREENKOMST (invulversie, §comp§)\n\nDe ondergetekenden:\n1. [naam werkgever], gevestigd te "
        "[plaats];\n2. [naam werknemer], geboren op [datum];\n\nArtikel 4 - Het salaris bedraagt € [bedrag] bruto per "
        "maand.\n\nPlaats: .................. Datum: ..................\nHandtekening werkgever: ..................\n"
        "Handtekening werknemer: ..................\n\nOpgesteld door §p§, HR. Nog niet in gebruik.\n",
        comp=K(s.name), p=P(p.full))


@tpl("NEG")
def neg_vakantiegeld_question(d):
    s = sector()
    p, hr = pers(), pers()
    d.f("§p§ (§t§): Hoi §hr§, wanneer wordt het vakantiegeld dit jaar uitbetaald? Vorig jaar was het in §mnd§ "
        "toch?\n§hr2§ (§t2§): Ja, gewoon met het salaris van §mnd2§, rond de 25e.\n",
        p=P(p.full), t=K(tm(0)), hr=P(hr.first), mnd=K(ch(("mei", "juni"))), hr2=P(hr.full), t2=K(tm(0)),
        mnd2=K(ch(("mei", "juni"))))


@tpl("NEG")
def neg_vacancy(d):
    s = sector()
    p = pers()
    lo = R.randint(2400, 3600)
    hi = lo + R.randint(400, 1400)
    d.f("VACATURE: §role§ (§uren§ uur) bij §comp§\n\nWat bieden wij?\n- Salaris tussen §lo§ en §hi§ bruto per maand, "
        "afhankelijk van ervaring\n- 8% vakantiegeld en een eindejaarsuitkering\n- Reiskostenvergoeding\n\n"
        "Interesse? Mail je cv naar §e§ of bel §p§ op §t§. Reageren kan tot §dt§.\n",
        role=s.role(), uren=str(ch(("24-32", "32-38", "36", "40"))), comp=K(s.name), lo=K(money(lo * 100, ch((4, 0)))),
        hi=K(money(hi * 100, ch((4, 0)))), e=EM(s.mail(ch(("vacatures", "werken", "hr")))), p=P(p.first), t=T(mob()),
        dt=kdate("dm"))


@tpl("NEG")
def neg_colleagues_3(d):
    s = sector()
    d.f("Bereikbaarheid tijdens de zomer (§comp§)\n\n", comp=K(s.name))
    for p in people(R.randint(2, 3)):
        d.add("- ", P(p.full), " (", s.role(), "): ", T(mob()), ", ", EM(p.mail(s.dom, R.randrange(4))), "\n")
    d.f("\nBij spoed eerst de vaste lijn proberen: §t§.\n", t=T(vast()))


@tpl("NEG")
def neg_loket_notification(d):
    s = sector()
    p = pers()
    d.f("Van: Loket.nl <noreply@loket.nl>\nAan: §e§\nOnderwerp: Je loonstrook staat klaar\n\nBeste §p§,\n\nJe "
        "loonstrook over §per§ staat klaar in het werknemersportaal van §comp§. Log in om hem te bekijken. "
        "Om veiligheidsredenen sturen we de strook niet als bijlage mee.\n",
        e=EM(p.mail()), p=P(p.first), per=K(ch(MAANDEN) + " " + str(ch((2025, 2026)))), comp=K(s.name))


@tpl("NEG")
def neg_cao_table(d):
    s = sector("kinder")
    d.add("Salarisschalen cao Kinderopvang (indicatief, per maand bij 36 uur)\n\nSchaal | Min | Max\n")
    lo = R.randint(2300, 2600)
    for sch in range(5, 9):
        hi = lo + R.randint(500, 900)
        d.add(str(sch), " | ", K(money(lo * 100, 4)), " | ", K(money(hi * 100, 4)), "\n")
        lo += R.randint(150, 350)
    d.f("\nBron: cao-tekst, opgesteld voor het teamoverleg van §dt§ door §p§.\n", dt=kdate("dm"), p=P(pers().first))


@tpl("NEG")
def neg_passphrase_tip(d):
    p = pers()
    s = sector("it")
    d.f("Tip van de maand (§comp§): gebruik een wachtzin in plaats van een wachtwoord. Vier willekeurige woorden "
        "zijn sterker dan één woord met cijfers - denk aan het bekende voorbeeld 'correct horse battery staple', maar "
        "gebruik dat voorbeeld natuurlijk níet zelf. Een wachtwoordmanager zoals Bitwarden of 1Password onthoudt "
        "ze voor je.\n\nGroet, §p§\n",
        comp=K(s.name), p=P(p.first))


@tpl("NEG")
def neg_hashes(d):
    s = sector("it")
    p = pers()
    d.f("Release notes klantportaal §v§ (§dt§)\n\ncommit §c1§ fix: datumnotatie planning\ncommit §c2§ feat: export naar CSV\n"
        "SHA256 (portaal-§v§.zip) = §h§\n\nUitgerold door §p§.\n",
        v=K("v" + str(R.randint(1, 4)) + "." + str(R.randint(0, 20)) + "." + str(R.randint(0, 9))), dt=kdate("dd-mm-yyyy"),
        c1=rs(40, HEX), c2=rs(40, HEX), h=rs(64, HEX), p=P(p.full))


@tpl("NEG")
def neg_uuid_ticket(d):
    s = sector(ch(("woning", "it")))
    p = pers()
    u = "%s-%s-%s-%s-%s" % (rs(8, HEX), rs(4, HEX), "4" + rs(3, HEX), ch("89ab") + rs(3, HEX), rs(12, HEX))
    d.f("Ticket-ID: §u§\nMelder: §p§ (§t§)\nOmschrijving: lekkage badkamer, plafond benedenburen nat.\nAdres: §addr§\n"
        "Prioriteit: hoog. Opzichter ingepland op §dt§.\n",
        u=u, p=P(p.full), t=T(tel()), addr=adr().parts(", "), dt=kdate("wdm"))


@tpl("NEG")
def neg_ssh_public(d):
    s = sector("it")
    p = pers()
    d.f("Hoi, kun je mijn publieke sleutel toevoegen aan de server van §cl§?\n\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI§k§ "
        "§e§\n\n(Dit is de .pub, de privésleutel blijft op mijn laptop.)\n§p§\n",
        cl=K(sector(ch(("tand", "horeca", "advocaat"))).name), k=rs(43, B64), e=EM(p.mail(s.dom, 0)), p=P(p.first))


@tpl("NEG")
def neg_certificate(d):
    s = sector("it")
    p = pers()
    body = "MIIF" + rs(64 * 6 - 4, B64)
    lines = "\n".join(body[i:i + 64] for i in range(0, len(body), 64))
    d.f("Het nieuwe TLS-certificaat voor de webshop (publiek, mag gedeeld worden):\n\n-----BEGIN CERTIFICATE-----\n§b§\n"
        "-----END CERTIFICATE-----\n\nGeldig tot §dt§. Vragen: §p§\n",
        b=lines, dt=kdate("dmy"), p=P(p.full))


@tpl("NEG")
def neg_phishing_warning(d):
    s = sector()
    p = pers()
    d.f("LET OP - phishing\n\nVandaag kregen meerdere collega's een mail 'Uw wachtwoord verloopt vandaag, klik hier'. "
        "Deze mail komt NIET van ons. Klik niet, vul niets in. Twijfel? Bel terug op het nummer dat je al kent "
        "(regel 11): §t§.\n\n§p§, §role§ §comp§\n",
        t=T(vast()), p=P(p.full), role=s.role(), comp=K(s.name))


@tpl("NEG")
def neg_getekend_retour_request(d):
    s = sector(ch(("bouw", "install", "advocaat")))
    p, me = pers(), pers()
    d.f("Beste §p§,\n\nIn de bijlage vindt u de offerte en de overeenkomst. Wilt u beide graag ondertekend retour "
        "sturen vóór §dt§? Pas daarna kunnen we de werkzaamheden inplannen.\n\n", p=[p.title + " ", P(p.formal)] if chance(0.5) else P(p.first),
        dt=kdate("wdm"))
    d.add(sig(me, s, adr()))


@tpl("NEG")
def neg_dpa_concept(d):
    it = sector("it")
    c = sector(ch(("fysio", "tand", "advocaat", "kinder")))
    p = pers()
    d.f("Verwerkersovereenkomst - CONCEPT v0.§v§\nTussen §c§ en §it§\n\n[opmerking §p§: artikel 7 over subverwerkers "
        "nog afstemmen met de jurist]\n\nOndertekening: nog niet ondertekend\nNamens §c§: ........................\n"
        "Namens §it§: ........................\n",
        v=str(R.randint(1, 9)), c=K(c.name), it=K(it.name), p=P(p.ini))


@tpl("NEG")
def neg_salary_question_numbers(d):
    p = pers()
    d.f("§p§: ik heb een aanbod van §bruto§ bruto per maand bij 36 uur. weet iemand ongeveer wat dat netto is?\n"
        "§q§: check de netto-bruto calculator van de belastingdienst, hangt af van loonheffingskorting\n",
        p=P(p.first.lower()), bruto=K(money(R.randint(2600, 4800) * 100, ch((4, 0)))), q=P(pers().first.lower()))


@tpl("NEG")
def neg_customer_stats(d):
    s = sector()
    p = pers()
    d.f("Kwartaalcijfers §comp§ (§q§)\n\n- Actieve §cl§: §n§ (was §n2§)\n- Omzet: §eur§\n- Gemiddelde orderwaarde: §avg§\n"
        "- Klanttevredenheid: §score§\n\nOpgesteld door §p§.\n",
        comp=K(s.name), q=K("Q" + str(R.randint(1, 4)) + " " + str(ch((2025, 2026)))), cl=s.clients,
        n=str(R.randint(120, 2400)), n2=str(R.randint(120, 2400)), eur=eur(40000, 900000, True, 0), avg=eur(20, 900),
        score=K(str(R.randint(70, 95) / 10).replace(".", ",")), p=P(p.full))


@tpl("NEG")
def neg_wifi_no_value(d):
    s = sector(ch(("horeca", "fysio", "tand")))
    a, b = pers(), pers()
    d.f("§a§: wat is het wifi-wachtwoord voor gasten?\n§b§: staat op het kaartje bij de kassa / op de achterkant van de "
        "router, ik ga het hier niet typen 😉\n", a=P(a.first), b=P(b.first))


@tpl("NEG")
def neg_rule02_checklist(d):
    s = sector()
    p = pers()
    d.f("Mini-checklist AI-gebruik §comp§ (hangt bij de printer)\n\nNOOIT plakken in ChatGPT/Claude/Copilot:\n"
        "[ ] BSN\n[ ] salarisstroken\n[ ] ondertekende contracten\n[ ] klantenlijsten\n[ ] wachtwoorden\n[ ] API-keys\n\n"
        "Wel mag: geanonimiseerde tekst, [KLANT_A] in plaats van een naam, bedragen laten staan.\nVragen? §p§, §t§\n",
        comp=K(s.name), p=P(p.first), t=T(mob()))


@tpl("NEG")
def neg_iban_reminder(d):
    s = sector(ch(("sport", "kinder", "dier")))
    p = pers()
    d.f("Betalingsherinnering\n\nBeste §p§,\n\nWe hebben de factuur §f§ van §eur§ nog niet ontvangen. Wilt u het bedrag "
        "overmaken naar §iban§ t.n.v. §comp§ o.v.v. het factuurnummer?\n\nHeeft u al betaald, dan kunt u deze "
        "herinnering negeren.\n", p=P(p.full), f=kord(1), eur=eur(25, 450), iban=IB(iban()), comp=K(s.name))


@tpl("NEG")
def neg_apk_reminder(d):
    s = sector("garage")
    p = pers()
    d.f("Beste §p§,\n\nDe APK van uw §prod§ met kenteken §kt§ verloopt op §dt§. Plan een afspraak via §dom§ of bel "
        "§t§. APK-keuring: §eur§.\n\nMet vriendelijke groet,\n§comp§\n",
        p=[p.title + " ", P(p.formal)], prod=kprod(s), kt=KT(plate()), dt=kdate("dmy"), dom=s.dom, t=T(vast()),
        eur=eur(35, 60, True), comp=K(s.name))


@tpl("NEG")
def neg_changed_pw_no_value(d):
    a, b = pers(), pers()
    d.f("§a§ §t§\nheb mijn wachtwoord van de kassa gewijzigd, nieuwe staat in de kluis\n§b§ §t2§\n👍 top, dank\n",
        a=P(a.full), t=K(tm(0)), b=P(b.full), t2=K(tm(0)))


@tpl("NEG")
def neg_api_docs_bearer(d):
    s = sector("it")
    p = pers()
    d.f("API-documentatie planningskoppeling §v§\n\nAuthenticatie: stuur bij elk verzoek de header\n\n"
        "    Authorization: Bearer <jouw-token>\n\nEen token vraag je aan bij §p§ (§e§). Tokens verlopen na 90 dagen.\n"
        "Voorbeeld: GET /v2/afspraken?van=§dt§\n",
        v=K("v2"), p=P(p.full), e=EM(p.mail(s.dom, 1)), dt=K(fd(rdate(), "iso")))


@tpl("NEG")
def neg_log_redacted(d):
    s = sector()
    p = pers()
    ts = fd(rdate(), "iso")
    d.f("§ts§T09:12:44Z INFO  login ok user=§e§ password=[REDACTED]\n§ts§T09:12:45Z INFO  sync start api_key=*** "
        "endpoint=https://api.mollie.com/v2\n§ts§T09:12:48Z INFO  sync done (§n§ betalingen)\n",
        ts=K(ts), e=EM(p.mail()), n=str(R.randint(3, 80)))


@tpl("NEG")
def neg_env_example(d):
    s = sector("it")
    d.f("# .env.example - kopieer naar .env en vul zelf in\nAPP_NAME=\"§comp§\"\nDB_PASSWORD=\nSTRIPE_SECRET_KEY=\n"
        "OPENAI_API_KEY=\nMOLLIE_API_KEY=test_or_live_key_here\nMAIL_FROM=§e§\n",
        comp=K(sector().name), e=EM(s.mail("noreply")))


@tpl("NEG")
def neg_bsn_blank_field(d):
    s = sector(ch(("fysio", "tand", "kinder")))
    p = pers()
    d.f("Aanmeldformulier (ingevuld door §p§)\nNaam: §p2§\nGeboortedatum: §b§\nBSN: ______________ (neem uw ID mee naar de "
        "eerste afspraak)\nTelefoon: §t§\n",
        p=P(p.first), p2=P(p.full), b=GD(bdate()), t=T(tel()))


@tpl("NEG")
def neg_sofinummer(d):
    p = pers()
    d.f("Vraag van §p§: 'Op mijn oude arbeidscontract staat een sofinummer, is dat hetzelfde als mijn BSN?'\n"
        "Antwoord: Ja, sinds 2007 heet het sofinummer burgerservicenummer (BSN). Het nummer zelf is niet veranderd. "
        "Stuur het niet per mail; we vullen het samen in tijdens je intake op §dt§.\n",
        p=P(p.full), dt=kdate("wdm"))


@tpl("NEG")
def neg_elfproef_dev(d):
    s = sector("it")
    p = pers()
    f1, f2 = fake9(), fake9()
    d.f("Code review (§p§): de validatie van het BSN-veld moet de elfproef doen. Testgevallen:\n"
        "- §f1§ -> ongeldig (elfproef faalt)\n- §f2§ -> ongeldig\n- leeg -> ongeldig\n- 8 cijfers -> aanvullen met een "
        "voorloopnul en opnieuw controleren\nGebruik in tests nooit echte nummers van klanten.\n",
        p=P(p.full), f1=f1, f2=f2)


@tpl("NEG")
def neg_blank_slip_model(d):
    s = sector()
    d.f("Uitleg loonstrook voor nieuwe medewerkers (§comp§)\n\nBovenaan staat je bruto salaris. Daarvan gaan pensioenpremie "
        "en loonheffing af. Wat overblijft is je netto loon. Reiskosten worden onbelast bovenop je netto loon "
        "uitbetaald. Je strook vind je elke maand rond de §dag§e in het portaal.\n",
        comp=K(s.name), dag=str(R.randint(20, 26)))


@tpl("NEG")
def neg_pricelist(d):
    s = sector()
    d.f("Tarieven §y§ - §comp§\n\n", y=str(ch((2025, 2026))), comp=K(s.name))
    for name, lo, hi in pick(s.services, min(len(s.services), R.randint(3, 5))):
        d.add(K(name), ": ", eur(lo, hi), "\n")
    d.f("\nVragen? Bel §t§ of mail §e§.\n", t=T(vast()), e=EM(s.mail()))


@tpl("NEG")
def neg_invoice_single(d):
    s = sector(ch(("install", "bouw", "garage", "dier")))
    p = pers()
    a = adr()
    svc, lo, hi = s.service()
    d.f("FACTUUR §f§\n§comp§\n\nAan: §p§\n§addr§\n\nOmschrijving: §svc§\nBedrag: §eur§ incl. btw\nTe betalen binnen 14 dagen op §iban§.\n",
        f=kord(1), comp=K(s.name), p=P(p.ini), addr=a.parts("\n"), svc=K(svc), eur=eur(lo, hi, style=0), iban=IB(iban()))


@tpl("NEG")
def neg_agenda_invite(d):
    s = sector()
    org, a, b = pers(), pers(), pers()
    dt = rdate()
    d.f("BEGIN:VEVENT\nSUMMARY:Werkoverleg §comp§\nDTSTART:§ds§T§h§0000\nDURATION:PT1H\nORGANIZER;CN=§org§:mailto:§eo§\n"
        "ATTENDEE;CN=§a§:mailto:§ea§\nATTENDEE;CN=§b§:mailto:§eb§\nLOCATION:kantine\nEND:VEVENT\n",
        comp=K(s.name), ds=K(fd(dt, "ical")), h="%02d" % R.randint(8, 16), org=P(org.full), eo=EM(org.mail(s.dom, 0)),
        a=P(a.full), ea=EM(a.mail(s.dom, 0)), b=P(b.full), eb=EM(b.mail(s.dom, 0)))


@tpl("NEG")
def neg_smime_signed(d):
    s = sector("advocaat")
    p, me = pers(), pers()
    d.f("Geachte §p§,\n\nHierbij bevestig ik onze afspraak op §dt§ om §tm§.\n\nMet vriendelijke groet,\n§me§\n§comp§\n\n"
        "Dit bericht is digitaal ondertekend met een S/MIME-certificaat om de afzender te verifiëren.\n",
        p=[p.title + " ", P(p.formal)], dt=kdate("wdm"), tm=ktime(0), me=P(me.full), comp=K(s.name))


@tpl("NEG")
def neg_docusign_invite(d):
    s = sector(ch(("it", "woning", "install")))
    p, snd = pers(), pers()
    d.f("§snd§ heeft u een document gestuurd om te bekijken en te ondertekenen.\n\nBEKIJK DOCUMENT\n\n§snd2§\n§e§\n\n"
        "Beste §p§, graag uw handtekening onder de overeenkomst. Het document vervalt op §dt§.\n\n"
        "Deel deze e-mail niet met anderen.\n",
        snd=P(snd.full), snd2=P(snd.full), e=EM(snd.mail(s.dom, 0)), p=P(p.first), dt=kdate("dmy"))


@tpl("NEG")
def neg_physical_key(d):
    s = sector(ch(("bouw", "install", "woning")))
    a, b = pers(), pers()
    ad = adr()
    d.f("§a§: sleutel van §addr§ ligt in het sleutelkastje, code krijg je van de bewoner\n§b§: oké, ik ben er om §tm§\n",
        a=P(a.first.lower()), addr=[A(ad.street)], b=P(b.first.lower()), tm=ktime(0))


@tpl("NEG")
def neg_voicemail_appointment(d):
    s = sector(ch(("fysio", "tand", "dier", "rijschool")))
    p = pers()
    d.f("Voicemail van §tel§ (§dt§, 0:§sec§)\n\"Ja goedemiddag, met §p§. Ik wil graag mijn afspraak van §dag§ verzetten, "
        "ik kan helaas niet. Wilt u mij terugbellen op §tel2§? Dank u.\"\n",
        tel=T(tel()), dt=kdate("dd-mm-yyyy"), sec=str(R.randint(12, 48)), p=P(p.full), dag=kdate("wdm"), tel2=T(mob()))


@tpl("NEG")
def neg_license_placeholder(d):
    s = sector("it")
    p = pers()
    d.f("Installatie-instructie boekhoudpakket\nStap 3: voer de licentiecode in (formaat XXXXX-XXXXX-XXXXX-XXXXX). "
        "De echte code krijg je van §p§ per telefoon (§t§), niet per mail.\n", p=P(p.full), t=T(mob()))


@tpl("NEG")
def neg_token_usage(d):
    s = sector(ch(("horeca", "advocaat", "woning", "it")))
    p = pers()
    d.f("Maandrapport AI-kosten §mnd§ (§comp§)\n\nOpenAI: §a§ (limiet §lim§)\nAnthropic: §b§\nTokens: §tok§ miljoen\n"
        "Geen overschrijding. Soft limit op 80%% staat aan.\n\n§p§\n".replace("%%", "%"),
        mnd=K(ch(MAANDEN)), comp=K(s.name), a=eur(3, 150), lim=K(ch(("200 euro", "€ 100", "€ 50,-"))), b=eur(2, 90),
        tok=str(R.randint(1, 40)), p=P(p.first))


@tpl("NEG")
def neg_key_last4(d):
    s = sector("it")
    p = pers()
    d.f("Audit API-sleutels (§dt§)\n\n| Dienst | Sleutel (laatste 4) | Eigenaar | Status |\n|---|---|---|---|\n"
        "| OpenAI | …§a§ | §p§ | actief, limiet 200 euro |\n| Stripe | …§b§ | §p§ | ingetrokken |\n| Mollie | …§c§ | "
        "§p§ | actief |\n",
        dt=kdate("dd-mm-yyyy"), a=rs(4), b=rs(4), c=rs(4), p=P(p.ini))


@tpl("NEG")
def neg_on_call_two(d):
    s = sector(ch(("install", "it", "woning")))
    a, b = pers(), pers()
    d.f("Storingsdienst weekend §wk§:\nza: §a§ - §ta§\nzo: §b§ - §tb§\nBij geen gehoor: §tv§\n",
        wk=K("week " + str(R.randint(2, 51))), a=P(a.full), ta=T(mob()), b=P(b.full), tb=T(mob()), tv=T(vast()))


@tpl("NEG")
def neg_kot_portal(d):
    s = sector("kinder")
    p = pers()
    d.f("Beste §p§,\n\nVoor kinderopvangtoeslag heeft de Belastingdienst uw BSN en dat van uw kind nodig. Die vult u zelf in "
        "op Mijn toeslagen; wij hebben ze niet nodig. Wel nodig: de plaatsingsovereenkomst en het uurtarief (§rate§).\n\n"
        "Groet, §me§\n",
        p=P(p.first), rate=K(money(R.randint(1000, 1180), 0)), me=P(pers().full))


@tpl("NEG")
def neg_newsletter(d):
    s = sector(ch(("agro", "sport", "horeca")))
    p = pers()
    d.f("Beste §p§,\n\nDeze maand bij §comp§: §promo§! Alleen §dt§ met §korting§ korting op alle §cat§.\n\nJe ontvangt "
        "deze nieuwsbrief omdat je bent ingeschreven met §e§. Afmelden kan onderaan deze mail.\n",
        p=P(p.first), comp=K(s.name), promo=ch(("voorjaarsfair", "open dag", "proeverij", "clubactie")), dt=kdate("wdm"),
        korting=K(ch(("10%", "15%", "20%", "€ 5,-"))), cat=ch(("planten", "producten", "menu's", "artikelen")), e=EM(p.mail()))


@tpl("NEG")
def neg_offerte_unsigned(d):
    s = sector("install")
    p = pers()
    a = adr()
    svc, lo, hi = s.service()
    d.f("OFFERTE §of§ (geldig tot §dt§)\nKlant: §p§, §addr§\n§svc§ - §prod§\nTotaal incl. btw: §eur§\n\nVoor akkoord:\n"
        "Naam: ..............................\nHandtekening: ......................\n(nog niet getekend)\n",
        of=kord(3), dt=kdate("dmy"), p=P(p.full), addr=a.parts(", "), svc=K(svc), prod=kprod(s), eur=eur(lo, hi, style=0))


@tpl("NEG")
def neg_teams_meeting(d):
    s = sector()
    a, b = pers(), pers()
    h0 = R.randint(8, 16)
    d.f("§a§ heeft u uitgenodigd: 'Evaluatie proefperiode'\n§dt§ §t1§-§t2§\nDeelnemers: §a2§, §b§\nMicrosoft Teams-"
        "vergadering - Vergadering-ID: §mid§ - Wachtwoordcode: §pc§\n",
        a=P(a.full), dt=kdate("wdmy"), t1=K("%02d:00" % h0), t2=K("%02d:%s" % (h0 + 1, ch(("00", "30")))), a2=P(a.full), b=P(b.full),
        mid="%d %d %d %d" % (R.randint(100, 999), R.randint(100, 999), R.randint(100, 999), R.randint(100, 999)),
        pc=rs(6, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789"))


@tpl("NEG")
def neg_flemish_sms(d):
    p = pers("vl")
    d.f("SMS van §t§: Dag, hier §p§. Uw verificatiecode voor de Itsme-app hoeft u nooit door te geven. "
        "Ik bel u morgen om §tm§ over de offerte.\n", t=T(be_tel()), p=P(p.full), tm=ktime(0))


@tpl("NEG")
def neg_gdpr_request(d):
    s = sector(ch(("fysio", "tand", "sport", "woning")))
    p = pers()
    d.f("Onderwerp: inzageverzoek AVG\n\nGeachte heer/mevrouw,\n\nGraag ontvang ik een overzicht van alle persoonsgegevens "
        "die §comp§ van mij verwerkt. Ter identificatie: naam §p§, geboortedatum §b§, e-mail §e§. Een kopie ID stuur "
        "ik bewust niet mee.\n\nMet vriendelijke groet,\n§p2§\n",
        comp=K(s.name), p=P(p.full), b=GD(bdate()), e=EM(p.mail()), p2=P(p.full))


@tpl("NEG")
def neg_datalek_contacts(d):
    s = sector()
    a, b = pers(), pers()
    d.f("Briefje: wie bellen bij een datalek? (regel 10)\n\n- AVG-contact: §a§, §ta§\n- IT-leverancier: §it§, §ti§\n"
        "- Juridisch adviseur: §b§, §tb§\n- Melden bij de AP binnen 72 uur: autoriteitpersoonsgegevens.nl\n",
        a=P(a.full), ta=T(mob()), it=K(sector("it").name), ti=T(vast()), b=P(b.full), tb=T(vast()))


@tpl("NEG")
def neg_typing_bsn_word(d):
    s = sector(ch(("kinder", "woning")))
    a, b = pers(), pers()
    d.noise = None
    d.f("§a§: ", a=P(a.first.lower()))
    d.noise = chat_noise
    d.add("moet ik het bsn van de nieuwe ouders invullen of doen zij dat zelf in het portaal\n")
    d.noise = None
    d.f("§b§: ", b=P(b.first.lower()))
    d.noise = chat_noise
    d.add("zelf doen, wij vragen het nooit via de app")


@tpl("NEG")
def neg_ordernr_near_bsn(d):
    s = sector(ch(("apotheek", "agro", "garage")))
    p = pers()
    n = fake9(ch((0, 1)))
    d.f("Klantnummer: §n§\nNaam: §p§\nTelefoon: §t§\nStatus bestelling: klaar om op te halen vanaf §dt§.\n",
        n=K(n), p=P(p.full), t=T(tel()), dt=kdate("wdm"))


@tpl("NEG")
def neg_expired_token_error(d):
    s = sector("it")
    p = pers()
    d.f("§ts§ ERROR stripe-sync: 401 Unauthorized - 'Invalid API Key provided: sk_live_********************§l4§'\n"
        "§ts§ INFO  alert sent to §e§\n", ts=K(fd(rdate(), "iso")), l4=rs(4), e=EM(p.mail(s.dom, 1)))


@tpl("NEG")
def neg_contract_question(d):
    s = sector()
    p = pers()
    d.f("Hoi §hr§,\n\nMijn contract loopt af op §dt§. Weet je al of ik een verlenging krijg? Ik heb nog niks "
        "getekend en hoor het graag voor mijn hypotheekaanvraag.\n\nGroet,\n§p§\n",
        hr=P(pers().first), dt=kdate("dmy"), p=P(p.full))



@tpl("NEG")
def neg_redacted_bsn(d):
    s = sector(ch(("woning", "kinder", "advocaat")))
    p = pers()
    d.f("Controle identiteit §p§ (§dt§): ID-bewijs gezien aan de balie, BSN gecontroleerd: *****§l4§ (volledig nummer "
        "niet opgeslagen, conform privacybeleid). Medewerker: §me§\n",
        p=P(p.full), dt=kdate("dd-mm-yyyy"), l4=digits(4), me=P(pers().ini))


@tpl("NEG")
def neg_payslip_request(d):
    s = sector()
    p, hr = pers(), pers()
    d.f("Hoi §hr§,\n\nVoor mijn hypotheekaanvraag heb ik de loonstroken van §m1§ tot en met §m2§ nodig en een "
        "werkgeversverklaring. Kun je die klaarzetten in het portaal? De adviseur wil ze vóór §dt§ hebben.\n\n"
        "Bedankt!\n§p§\n§t§\n",
        hr=P(hr.first), m1=K(ch(MAANDEN[:4])), m2=K(ch(MAANDEN[4:8])), dt=kdate("wdm"), p=P(p.full), t=T(mob()))


@tpl("NEG")
def neg_contract_summary(d):
    s = sector("woning")
    p = pers()
    d.f("Samenvatting voor het klantcontact (geen contract): huurder §p§ vraagt naar de opzegtermijn. Volgens de "
        "standaardvoorwaarden van §comp§ is dat één maand, opzeggen kan per brief of via het portaal. Huidige huur: §huur§. "
        "Terugbellen op §t§.\n", p=P(p.full), comp=K(s.name), huur=eur(550, 880, style=0), t=T(tel()))


# ==============================================================================================
# PII group: ordinary business texts with personal data, never blocked
# ==============================================================================================

def lowchat(d, who, text):
    """One chat line: lowercase name, noisy lowercase literal text."""
    d.add(P(who), ": ")
    d.noise = chat_noise
    d.add(text)
    d.noise = None
    d.add("\n")


# ---- physiotherapy ----------------------------------------------------------------------------

@tpl("PII")
def pii_fysio_afzeggen(d):
    s = sector("fysio")
    p, me = pers(), pers()
    d.f("Beste §me§,\n\nHelaas moet ik mijn afspraak van §dt§ om §tm§ afzeggen, ik ben ziek. Kan ik volgende week "
        "een nieuwe afspraak maken? Ik ben het best bereikbaar op §t§.\n\nMet vriendelijke groet,\n§p§\n\n",
        me=P(me.first), dt=kdate("wdm"), tm=ktime(0), t=T(mob()), p=P(p.full))
    d.add(gmail_quote(me, s.mail("balie")))
    d.add(quote_lines(["Beste ", P(p.first), ", hierbij de bevestiging van uw afspraak bij ", K(s.name), "."]))


@tpl("PII")
def pii_fysio_whatsapp(d):
    s = sector("fysio")
    p, th = pers(), pers()
    lowchat(d, p.first.lower(), "hoi kan ik morgen om 10 uur komen ipv donderdag? mijn schouder is nog steeds pijnlijk")
    lowchat(d, th.first.lower(), "ja hoor, staat erin. neem je je oefenschema mee")
    d.f("§p§: 👍 top. o en mijn nieuwe nummer is §t§\n", p=P(p.first.lower()), t=T(mob()))


@tpl("PII")
def pii_fysio_soap(d):
    s = sector("fysio")
    p, th = pers(), pers()
    d.f("Behandelverslag §dt§ - §th§\nPatiënt: §p§ (geb. §b§)\nS: klachten rechterknie na hardlopen, pijn bij traplopen.\n"
        "O: zwelling mediaal, flexie 120 graden.\nA: waarschijnlijk overbelasting.\nP: oefentherapie 2x per week, "
        "evaluatie na 6 behandelingen.\n",
        dt=kdate("dd-mm-yyyy"), th=P(th.ini), p=P(p.full), b=GD(bdate()))


@tpl("PII")
def pii_fysio_typeform(d):
    s = sector("fysio")
    p = pers()
    a = adr()
    d.f("Nieuwe aanmelding via de website (§comp§)\n\nNaam: §p§\nTelefoon: §t§\nE-mail: §e§\nAdres: §addr§\nKlacht: "
        "§kl§\nVoorkeur: §dag§ §dd§\nVerwijzing: §vw§\n",
        comp=K(s.name), p=P(p.full), t=T(tel(a)), e=EM(p.mail()), addr=a.parts(", "),
        kl=ch(("nek- en schouderklachten", "lage rug", "enkelblessure na voetbal", "hoofdpijn", "bekkenklachten")),
        dag=K(ch(DAGEN[:5])), dd=ch(("ochtend", "middag", "na 17 uur")), vw=ch(("nee, directe toegang", "ja, huisarts")))


@tpl("PII")
def pii_fysio_english(d):
    s = sector("fysio")
    p = pers(ch(("in", "br", "cn", "ua", "gh")))
    d.f("Hello,\n\nI'm new in §town§ and would like to book an appointment for my lower back. I'm available on §dt§ after "
        "§tm§. My phone number is §t§ and I live at §addr§.\n\nKind regards,\n§p§\n",
        town=town(), dt=kdate("en"), tm=ktime(0), t=T(mob()), addr=adr().parts(", "), p=P(p.full))


@tpl("PII")
def pii_fysio_herinnering(d):
    s = sector("fysio")
    p = pers()
    a = adr()
    d.f("§comp§\n\n§p§\n§addr§\n\nBetreft: herinnering factuur §f§\n\nGeachte §t§ §pl§,\n\nVolgens onze administratie is de "
        "factuur van §eur§ voor de behandelingen in §mnd§ nog niet voldaan. Uw zorgverzekeraar vergoedt deze behandelingen "
        "niet. Wilt u het bedrag binnen 14 dagen overmaken naar §iban§?\n",
        comp=K(s.name), p=P(p.ini), addr=a.parts("\n"), f=kord(1), t=p.title, pl=P(p.formal), eur=eur(36, 420),
        mnd=K(ch(MAANDEN)), iban=IB(iban()))


@tpl("PII")
def pii_fysio_teams_handover(d):
    s = sector("fysio")
    a, b = pers(), pers()
    p1, p2 = pers(), pers()
    d.f("§a§ §t§\nIk ben vanaf morgen twee weken weg. Wil jij §p1§ (knie, dinsdag §t1§) en §p2§ (schouder, donderdag) "
        "overnemen? Verslagen staan in §sys§.\n§b§ §t2§\nprima, zet ze maar op mijn naam\n",
        a=P(a.full), t=K(tm(0)), p1=P(p1.full), t1=K(tm(0)), p2=P(p2.ini), sys=system(s), b=P(b.full), t2=K(tm(0)))


@tpl("PII")
def pii_fysio_voicemail(d):
    s = sector("fysio")
    p = pers()
    d.f("Voicemail (§dt§, §tm§) van §tel§:\n\"Hallo, u spreekt met §p§, ik kom voor de groepstraining maar de deur "
        "is dicht. Kan iemand mij terugbellen? Ik sta voor de deur aan de §str§.\"\n",
        dt=kdate("dd-mm-yyyy"), tm=ktime(0), tel=T(mob()), p=P(p.full if chance(0.6) else p.title + " " + p.formal),
        str=A(adr().street))


# ---- dental -----------------------------------------------------------------------------------

@tpl("PII")
def pii_tand_spoed_sms(d):
    s = sector("tand")
    p = pers()
    d.f("SMS van §t§ (§tm§): Goedemorgen, hier §p§. Ik heb sinds vannacht veel kiespijn, kan ik vandaag nog "
        "terecht? Ik ben patiënt bij §comp§.\n", t=T(mob()), tm=ktime(0), p=P(p.full), comp=K(s.name))


@tpl("PII")
def pii_tand_recall_pdf(d):
    s = sector("tand")
    p = pers()
    a = adr()
    d.add(K(s.name), "\n\n", p.mw, " ", P(p.ini), "\n", a.parts("\n"), "\n\n")
    d.noise = pdf_noise
    d.f("Datum: §dt§\n\nGeachte heer/mevrouw,\n\nHet is tijd voor uw halfjaarlijkse controle. Wij hebben voor u een "
        "afspraak gereserveerd op §afs§ om §tm§. Schikt dit niet, belt u dan tijdig met onze balie.\n",
        dt=kdate("dmy"), afs=kdate("wdm"), tm=ktime(0))
    d.noise = None


@tpl("PII")
def pii_tand_outlook_reply(d):
    s = sector("tand")
    p, me = pers(), pers()
    ep, em = p.mail(), s.mail("balie")
    d.f("Beste §t§ §pl§,\n\nDe factuur van §eur§ betreft de gebitsreiniging van §dt§. Deze valt onder uw aanvullende "
        "verzekering; u kunt de nota zelf indienen.\n\nMet vriendelijke groet,\n§me§\n§comp§\n\n",
        t=p.title, pl=P(p.formal), eur=eur(40, 180), dt=kdate("dm"), me=P(me.first), comp=K(s.name))
    d.add(outlook_head(p, ep, None, em, "vraag over factuur"))
    d.f("\nGoedendag, ik begrijp de factuur niet. Groet, §p§, §t§\n", p=P(p.full), t=T(tel()))


@tpl("PII")
def pii_tand_kind(d):
    s = sector("tand")
    par = pers()
    kid = pers(par.origin)
    d.f("Hoi,\n\nMijn dochter §k§ (geboren §kb§) heeft een afspraak voor een controle, maar ze heeft op §dag§ "
        "schoolreis. Kan het ook op een woensdagmiddag? Groetjes, §p§ (§t§)\n",
        k=P(kid.first), kb=GD(bdate(2012, 2020)), dag=kdate("wdm"), p=P(par.full), t=T(mob()))


@tpl("PII")
def pii_tand_ics(d):
    s = sector("tand")
    p = pers()
    dt = rdate()
    h = R.randint(8, 16)
    d.f("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:§ds§T§h§0000\nDTEND:§ds§T§h§3000\nSUMMARY:Controle - §p§\nDESCRIPTION:tel "
        "§t§\\, nieuwe patiënt\nLOCATION:§comp§\nEND:VEVENT\nEND:VCALENDAR\n",
        ds=K(fd(dt, "ical")), h="%02d" % h, p=P(p.full), t=T(mob()), comp=K(s.name))


@tpl("PII")
def pii_tand_ocr_verwijzing(d):
    s = sector("tand")
    p, ort = pers(), pers()
    d.add("[OCR verwijzing orthodontist]\n")
    d.noise = ocr_noise
    d.add("Verwijzing voor: ")
    d.noise = None
    d.add(P(p.full), ", geb. ", GD(bdate(2010, 2016, 0)), "\n")
    d.noise = ocr_noise
    d.add("Reden: diepe beet, beoordeling beugelbehandeling.\nVerwijzer: ")
    d.noise = None
    d.add(P(ort.ini), ", ", K(s.name), "\n")


@tpl("PII")
def pii_tand_flemish(d):
    s = sector("tand")
    p = pers("vl")
    d.f("Dag,\n\nIk woon sinds kort in §town§ en zoek een tandarts voor mij en mijn twee kinderen. Zijn jullie nog "
        "patiënten aan het aannemen? Mijn gsm is §t§, mijn e-mail §e§.\n\nMet vriendelijke groeten,\n§p§\n",
        town=town(), t=T(be_tel()), e=EM(p.mail()), p=P(p.full))


# ---- vets -------------------------------------------------------------------------------------

@tpl("PII")
def pii_dier_form(d):
    s = sector("dier")
    p = pers()
    d.f("Contactformulier §comp§\nNaam eigenaar: §p§\nTelefoon: §t§\nE-mail: §e§\nNaam dier: §pet§\nSoort: §soort§\n"
        "Vraag: §q§\n",
        comp=K(s.name), p=P(p.full), t=T(tel()), e=EM(p.mail()), pet=ch(("Bobby", "Luna", "Max", "Pip", "Saar", "Tommie")),
        soort=ch(("hond", "kat", "konijn", "cavia")),
        q=ch(("Hij eet slecht sinds twee dagen.", "Wanneer moet de volgende vaccinatie?", "Kan ik een gebitscontrole plannen?")))


@tpl("PII")
def pii_dier_whatsapp(d):
    s = sector("dier")
    p = pers()
    lowchat(d, p.first.lower(), "goedemiddag, onze kat heeft een wondje aan haar poot, hierbij een foto. moet ik langskomen?")
    d.f("§comp§: Dag §p§, komt u vandaag om §tm§ langs? Neem het boekje mee. Ons adres: §addr§.\n",
        comp=K(s.name), p=P(p.first), tm=ktime(0), addr=adr().parts(", "))


@tpl("PII")
def pii_dier_lab(d):
    s = sector("dier")
    p, vet = pers(), pers()
    d.f("Beste §t§ §pl§,\n\nDe uitslag van het bloedonderzoek van §pet§ is binnen: de nierwaarden zijn licht verhoogd. "
        "Ik adviseer het dieetvoer §prod§ en een controle over zes weken.\n\nMet vriendelijke groet,\n§vet§, dierenarts\n"
        "§comp§ - §tel§\n",
        t=p.title, pl=P(p.formal), pet=ch(("Minoes", "Tijger", "Moos", "Bobbie")), prod=K(ch(("Royal Canin Renal", "Hill's k/d"))),
        vet=P(vet.full), comp=K(s.name), tel=T(vast()))


@tpl("PII")
def pii_dier_spoed(d):
    s = sector("dier")
    p = pers()
    d.f("Spoedlijn - notitie §tm§: §p§ belde, hond heeft chocola gegeten (±200 g puur). Komt direct. Tel: §t§. Adres "
        "voor huisbezoek indien nodig: §addr§.\n", tm=ktime(0), p=P(p.full), t=T(mob()), addr=adr().parts(", "))


@tpl("PII")
def pii_dier_pension(d):
    s = sector("dier")
    p = pers()
    d.f("Reservering dierenpension\nEigenaar: §p§\nVan §d1§ t/m §d2§\nDier: §pet§ (kat)\nNoodcontact: §nc§, §t§\n"
        "Prijs: §eur§ per nacht\n",
        p=P(p.full), d1=kdate("dm"), d2=kdate("dm"), pet=ch(("Mimi", "Olli", "Kiki")), nc=P(pers().full), t=T(mob()),
        eur=eur(12, 25))


@tpl("PII")
def pii_dier_factuur(d):
    s = sector("dier")
    p = pers()
    svc, lo, hi = s.service()
    d.f("Factuur §f§ - §comp§\nKlant: §p§, §addr§\n§svc§: §eur§\nBetaald per pin op §dt§.\nRestitutie van het teveel betaalde "
        "bedrag (§rest§) volgt op §iban§.\n",
        f=kord(1), comp=K(s.name), p=P(p.ini), addr=adr().parts(", "), svc=K(svc), eur=eur(lo, hi), dt=kdate("dd-mm-yyyy"),
        rest=eur(5, 40), iban=IB(iban()))


@tpl("PII")
def pii_dier_chip(d):
    s = sector("dier")
    p = pers()
    d.f("Registratie chipnummer\nChip: 528§chip§\nDier: hond, §ras§, geboren §bd§\nEigenaar: §p§\nAdres: §addr§\nTelefoon: §t§\n",
        chip=digits(12), ras=ch(("labrador", "border collie", "kruising", "teckel")), bd=K(fd(rdate((2024, 1, 1), 500, False), "dd-mm-yyyy")),
        p=P(p.full), addr=adr().parts(", "), t=T(tel()))


# ---- pharmacy ---------------------------------------------------------------------------------

@tpl("PII")
def pii_apo_whatsapp(d):
    s = sector("apotheek")
    p = pers()
    lowchat(d, p.first.lower(), "hallo mijn herhaalmedicatie is op, kan het vandaag nog bezorgd worden?")
    d.f("§comp§: Goedemiddag §p§, uw medicatie gaat vanmiddag mee met de bezorger. Adres nog steeds §str§?\n",
        comp=K(s.name), p=P(p.first), str=A(adr().street))
    lowchat(d, p.first.lower(), "ja klopt dank u")


@tpl("PII")
def pii_apo_bezorg_sms(d):
    tw = twotimes()
    s = sector("apotheek")
    p = pers()
    d.f("SMS aan §t§: Beste §p§, uw bestelling van §comp§ wordt vandaag tussen §t1§ en §t2§ bezorgd. Niet thuis? "
        "Dan leggen we een kaartje neer.\n", t=T(mob()), p=P(p.formal), comp=K(s.name), t1=K(tw[0]), t2=K(tw[1]))


@tpl("PII")
def pii_apo_freshdesk(d):
    s = sector("apotheek")
    p, ag = pers(), pers()
    d.f("Freshdesk #§nr§ - Klacht bezorging\nKlant: §p§ <§e§>\nTelefoon: §t§\n\nBericht: mijn medicijnen zijn bij de "
        "verkeerde buren afgegeven (§str§ in plaats van mijn adres). Dit is de tweede keer!\n\nReactie §ag§: excuses, "
        "we hebben de bezorger geïnstrueerd.\n",
        nr=K(str(R.randint(10000, 99999))), p=P(p.full), e=EM(p.mail()), t=T(tel()), str=A(adr().street), ag=P(ag.first))


@tpl("PII")
def pii_apo_gps_log(d):
    s = sector("apotheek")
    p = pers()
    a = adr()
    ts = fd(rdate(), "iso")
    d.f("§ts§ 14:02:11 route=3 stop=7 status=afgeleverd ontvanger=\"§p§\" adres=\"§str§, §pc§ §town§\"\n"
        "§ts§ 14:09:40 route=3 stop=8 status=niet_thuis tel=§t§\n",
        ts=K(ts), p=P(p.ini), str=A(a.street), pc=PC(a.pc), town=a.town, t=T(mob(2)))


@tpl("PII")
def pii_apo_voicemail_gp(d):
    s = sector("apotheek")
    gp, p = pers(), pers()
    d.f("Voicemail §dt§: \"Met §gp§, huisarts. Ik heb voor mevrouw §pl§, geboren §b§, de dosering aangepast naar "
        "één tablet per dag. Het nieuwe recept staat in het systeem. Bij vragen: §t§.\"\n",
        dt=kdate("dd-mm-yyyy"), gp=P(gp.full), pl=P(pers(g="f").formal), b=GD(bdate(1930, 1960)), t=T(vast()))


@tpl("PII")
def pii_apo_english(d):
    s = sector("apotheek")
    p = pers(ch(("in", "br", "cn", "pl", "ua")))
    d.f("Hi, I'm §p§ (DOB §b§). My GP sent a prescription for §med§ to your pharmacy. Can I pick it up today? "
        "My number is §t§. Thanks!\n", p=P(p.full), b=GD(bdate(1970, 2003, 8)), med=K(ch(SECTORS["apotheek"]["products"][:5])),
        t=T(mob()))


# ---- horeca -----------------------------------------------------------------------------------

@tpl("PII")
def pii_horeca_reservation_reply(d):
    s = sector("horeca")
    p, me = pers(), pers()
    ep = p.mail()
    d.f("Beste §p§,\n\nGraag bevestigen wij uw reservering voor §n§ personen op §dt§ om §tm§. Voor de groep hebben we "
        "het §menu§ voor §eur§ p.p. genoteerd.\n\nTot dan!\n§me§\n§comp§\n\n",
        p=P(p.first), n=str(R.randint(6, 24)), dt=kdate("wdm"), tm=ktime(0), menu=K(ch(("3-gangenmenu", "walking dinner",
                                                                                       "lunchbuffet"))),
        eur=eur(29, 65), me=P(me.first), comp=K(s.name))
    d.add(gmail_quote(p, ep))
    d.add(quote_lines(["Goedemiddag, wij willen graag reserveren voor ons bedrijfsuitje. Mijn mobiel is ", T(mob()), ".\n",
                       P(p.full)]))


@tpl("PII")
def pii_horeca_zenchef(d):
    s = sector("horeca")
    p = pers()
    d.f("Nieuwe reservering via Zenchef\nNaam: §p§\nDatum: §dt§ - §tm§\nAantal: §n§\nTelefoon: §t§\nE-mail: §e§\n"
        "Opmerking: §rem§\n",
        p=P(p.full), dt=kdate("Wdm"), tm=ktime(0), n=str(R.randint(2, 8)), t=T(mob(ch((7, 8, 10)))), e=EM(p.mail()),
        rem=ch(("verjaardag, graag taartje", "allergie: noten", "rolstoel", "-", "hond mee")))


@tpl("PII")
def pii_horeca_review_reply(d):
    s = sector("horeca")
    p, me = pers(), pers()
    d.f("Reactie op review van §p§ (2 sterren):\n\nBeste §pf§, wat jammer dat u op §dt§ zo lang heeft moeten wachten. "
        "Ik wil het graag goedmaken. Wilt u mij bellen op §t§ of mailen naar §e§?\n\n§me§, bedrijfsleider §comp§\n",
        p=P(p.first + " " + p.last[0] + "."), pf=P(p.first), dt=kdate("wdm"), t=T(vast()), e=EM(me.mail(s.dom, 0)),
        me=P(me.full), comp=K(s.name))


@tpl("PII")
def pii_horeca_rooster(d):
    s = sector("horeca")
    ps = people(3)
    d.f("Rooster §dag§ (§comp§)\n", dag=kdate("Wdm"), comp=K(s.name))
    for p in ps:
        d.add(P(p.first), "  ", tws(), "  ", ch(("bar", "keuken", "bediening", "afwas")), "\n")
    d.f("Ziek melden bij §p§: §t§\n", p=P(ps[0].first), t=T(mob()))


@tpl("PII")
def pii_horeca_catering_form(d):
    s = sector("horeca")
    p = pers()
    cs = sector(ch(("advocaat", "it", "woning", "install")))
    d.f("Offerteaanvraag catering\n------------------------\nBedrijf: §org§\nContactpersoon: §p§\nTelefoon: §t§\nE-mail: §e§\n"
        "Datum evenement: §dt§\nAantal personen: §n§\nBudget p.p.: §eur§\nWensen: halal en vegetarische opties\n",
        org=K(cs.name), p=P(p.full), t=T(tel()), e=EM(p.mail(cs.dom, 0)), dt=kdate("dmy"), n=str(R.randint(20, 150)),
        eur=eur(15, 45, True))


@tpl("PII")
def pii_horeca_hotel_json(d):
    s = sector("horeca")
    p = pers()
    d.f('{"booking_ref": "§ref§", "guest": {"first_name": "§f§", "last_name": "§l§", "email": "§e§", "phone": "§t§"}, '
        '"arrival": "§a§", "nights": §n§, "rate": "§eur§", "channel": "Booking.com"}\n',
        ref=kord(11), f=P(p.first), l=P(p.lastname), e=EM(p.mail()), t=T(mob(10)), a=K(fd(rdate(), "iso")),
        n=str(R.randint(1, 6)), eur=eur(89, 189, style=2))


@tpl("PII")
def pii_horeca_lost_found(d):
    tw = twotimes()
    s = sector("horeca")
    p = pers()
    d.f("SMS aan §t§: Goedemiddag §p§, u heeft gisteren een zwarte jas laten liggen bij §comp§. U kunt hem ophalen "
        "tussen §t1§ en §t2§.\n", t=T(mob()), p=[p.title + " ", P(p.formal)], comp=K(s.name),
        t1=K(tw[0]), t2=K(tw[1]))


@tpl("PII")
def pii_horeca_ics_tasting(d):
    s = sector("horeca")
    p, chef = pers(), pers()
    dt = rdate()
    d.f("Uitnodiging: Proeverij bruiloftsmenu\nWanneer: §dt§ §tm§\nWaar: §comp§, §addr§\nDeelnemers: §p§ <§e§>, §chef§\n"
        "Notitie: bruidspaar §p2§ en partner, 4 personen\n",
        dt=K(fd(dt, "wdmy")), tm=ktime(0), comp=K(s.name), addr=adr().parts(", "), p=P(p.full), e=EM(p.mail()),
        chef=P(chef.full), p2=P(p.first))


@tpl("PII")
def pii_horeca_ziek_whatsapp(d):
    s = sector("horeca")
    a, b = pers(), pers()
    lowchat(d, a.first.lower(), "ik ben ziek kan vanavond niet komen sorry")
    lowchat(d, b.first.lower(), "ok beterschap, ik vraag of iemand anders kan")
    d.f("§b§: ", b=P(b.first.lower()))
    d.noise = chat_noise
    d.add("@")
    d.noise = None
    d.f("§c§ ", c=P(pers().first.lower()))
    d.noise = chat_noise
    d.add("kun jij om 17 uur?")
    d.noise = None


# ---- installers -------------------------------------------------------------------------------

@tpl("PII")
def pii_inst_storing_form(d):
    s = sector("install")
    p = pers()
    a = adr()
    d.f("STORINGSMELDING (webformulier)\nNaam: §p§\nAdres: §addr§\nTelefoon: §t§\nToestel: §prod§\nMelding: ketel geeft "
        "foutcode §code§, geen warm water\nBeschikbaar: §dt§\n",
        p=P(p.full), addr=a.parts(", "), t=T(tel(a)), prod=K(ch(CV_PRODUCTS)), code=ch(("E10", "A01", "F28", "H02", "1P")), dt=kdate("wdm"))


@tpl("PII")
def pii_inst_planning_mail(d):
    tw = twotimes()
    s = sector("install")
    p, mon = pers(), pers()
    a = adr()
    d.f("Beste §t§ §pl§,\n\nOnze monteur §mon§ komt op §dt§ tussen §t1§ en §t2§ voor de installatie van uw §prod§ aan de "
        "§str§. Hij rijdt in een witte bus met kenteken §kt§.\n\nMet vriendelijke groet,\nPlanning §comp§\n",
        t=p.title, pl=P(p.formal), mon=P(mon.first), dt=kdate("wdm"), t1=K(tw[0]), t2=K(tw[1]), prod=kprod(s),
        str=A(a.street), kt=KT(plate()), comp=K(s.name))


@tpl("PII")
def pii_inst_werkbon_pdf(d):
    s = sector("install")
    p, mon = pers(), pers()
    a = adr()
    d.noise = pdf_noise
    d.f("WERKBON §wb§ - §comp§\nUitgevoerde werkzaamheden: jaarlijks onderhoud, rookgasanalyse uitgevoerd, "
        "CO-waarde in orde.\n", wb=kord(5), comp=K(s.name))
    d.noise = None
    d.f("Klant: §p§\nAdres: §addr§\nToestel: §prod§\nMonteur: §mon§\nDatum: §dt§\n", p=P(p.ini), addr=a.parts(", "),
        prod=kprod(s), mon=P(mon.full), dt=kdate("dd-mm-yyyy"))
    d.noise = pdf_noise
    d.add("Volgende onderhoudsbeurt over 12 maanden.\n")
    d.noise = None


@tpl("PII")
def pii_inst_offerte_followup(d):
    s = sector("install")
    p, me = pers(), pers()
    ep = p.mail()
    d.f("Hallo §me§,\n\nWe hebben er nog eens over nagedacht en willen graag doorgaan met de §svc§. Kan de installatie "
        "nog vóór §mnd§?\n\n§p§\n\n", me=P(me.first), svc=K(s.service()[0]), mnd=K(ch(MAANDEN)), p=P(p.first))
    d.add(gmail_quote(me, me.mail(s.dom, 0)))
    d.add(quote_lines(["Beste ", P(p.full), ",\n\nIn de bijlage onze offerte ", K(ordno(3)), " voor ", eur(4000, 9000, style=0),
                       " incl. btw.\n\nGroet,\n", P(me.full), "\n", T(mob())]))


@tpl("PII")
def pii_inst_whatsapp_monteur(d):
    s = sector("install")
    a, b = pers(), pers()
    ad = adr()
    lowchat(d, a.first.lower(), "volgende klant is aan de")
    d.f("§b§: §str§ §town§ toch? klant heet §p§\n", b=P(b.first.lower()), str=A(ad.street.lower()), town=ad.town.lower(),
        p=P(pers().formal))
    lowchat(d, a.first.lower(), "ja en bel even voor je komt, nummer staat in de app")


@tpl("PII")
def pii_inst_subsidy_question(d):
    s = sector("install")
    p = pers()
    d.f("Goedemorgen,\n\nIk heb de ISDE-subsidie zelf aangevraagd bij RVO voor de warmtepomp die jullie op §dt§ hebben "
        "geplaatst. RVO vraagt om de factuur met het meldcode-nummer. Kunnen jullie die sturen naar §e§? De subsidie "
        "wordt gestort op §iban§, dus dat hoeft niet via jullie.\n\nGroet,\n§p§\n§addr§\n",
        dt=kdate("dm"), e=EM(p.mail()), iban=IB(iban()), p=P(p.full), addr=adr().parts(", "))


@tpl("PII")
def pii_inst_voicemail(d):
    s = sector("install")
    p = pers()
    d.f("Voicemail §tel§ - §tm§\n\"Ja, goedemorgen, §p§ hier van de §str§. De monteur is gisteren geweest maar de "
        "thermostaat doet het nog steeds niet. Wilt u terugbellen? Groetjes.\"\n",
        tel=T(tel()), tm=ktime(0), p=P(p.formal if chance(0.5) else p.full), str=A(adr().street))


@tpl("PII")
def pii_inst_webhook_json(d):
    s = sector("install")
    p = pers()
    a = adr()
    d.f('POST /hooks/lead 200\n{"form":"offerte-zonnepanelen","name":"§p§","email":"§e§","phone":"§t§","zip":"§pc§",'
        '"house_number":"§hn§","roof":"§roof§","submitted_at":"§ts§"}\n',
        p=P(p.full), e=EM(p.mail()), t=T(mob(ch((2, 10)))), pc=PC(a.pc.replace(" ", "")), hn=a.street.split(" ")[-1],
        roof=ch(("plat", "schuin zuid", "schuin oost-west")), ts=K(fd(rdate(), "iso")))


@tpl("PII")
def pii_inst_solar_alert(d):
    s = sector("install")
    p = pers()
    a = adr()
    d.f("[ALERT] omvormer offline > 24u\nInstallatie: §addr§\nEigenaar: §p§ (§e§)\nLaatste data: §dt§ §tm§\nActie: klant "
        "bellen op §t§\n",
        addr=a.parts(", "), p=P(p.full), e=EM(p.mail()), dt=K(fd(rdate(), "dd-mm-yyyy")), tm=ktime(0), t=T(tel(a)))


# ---- builders and painters --------------------------------------------------------------------

@tpl("PII")
def pii_bouw_opleverpunten(d):
    s = sector("bouw")
    p, me = pers(), pers()
    d.f("Beste §me§,\n\nBij de oplevering op §dt§ zijn de volgende punten nog open: kitnaad badkamer, deur "
        "slaapkamer klemt, krasje in kozijn voorzijde. Wanneer komt er iemand? Ik ben thuis na §tm§.\n\n"
        "Met vriendelijke groet,\n§p§\n§addr§\n§t§\n",
        me=P(me.full), dt=kdate("dm"), tm=ktime(0), p=P(p.full), addr=adr().parts(", "), t=T(mob()))


@tpl("PII")
def pii_bouw_planbord(d):
    s = sector("bouw")
    ps = people(R.randint(2, 3))
    d.f("PLANBORD §comp§ - §wk§\n", comp=K(s.name), wk=K("week " + str(R.randint(2, 51))))
    for p in ps:
        a = adr()
        d.add(K(fd(rdate(), "short")), " | ", P(p.formal), " | ", A(a.street), " | ", K(s.service()[0]), "\n")


@tpl("PII")
def pii_bouw_vergunning_pdf(d):
    s = sector("bouw")
    p = pers()
    a = adr()
    d.noise = pdf_noise
    d.add("Besluit omgevingsvergunning\nDe gemeente heeft uw aanvraag voor het plaatsen van een dakkapel beoordeeld "
          "en besloten de vergunning te verlenen.\n")
    d.noise = None
    d.f("Aanvrager: §p§\nLocatie: §addr§\nZaaknummer: §zk§\nDatum besluit: §dt§\n", p=P(p.ini), addr=a.parts(", "),
        zk=kord(6), dt=kdate("dmy"))


@tpl("PII")
def pii_bouw_sms_levering(d):
    tw = twotimes()
    s = sector("bouw")
    p = pers()
    d.f("SMS van Bouwmaat: Beste §p§, uw levering (order §o§) komt morgen tussen §t1§ en §t2§ naar §str§. Chauffeur "
        "belt 30 min vooraf op §t§.\n", p=P(p.first), o=kord(10), t1=K(tw[0]), t2=K(tw[1]), str=A(adr().street), t=T(mob()))


@tpl("PII")
def pii_bouw_whatsapp_schade(d):
    s = sector("bouw")
    p, q = pers(), pers()
    lowchat(d, p.first.lower(), "bij het schilderen is er verf op de auto van de buurman gekomen")
    d.f("§q§: ", q=P(q.first.lower()))
    d.noise = chat_noise
    d.add("welke auto? kenteken?\n")
    d.noise = None
    d.f("§p§: §kt§, eigenaar heet §o§, nummer §t§\n", p=P(p.first.lower()), kt=KT(plate(raw=chance(0.5))),
        o=P(pers().full), t=T(mob()))


@tpl("PII")
def pii_bouw_zzp_factuur(d):
    s = sector("bouw")
    p = pers()
    hours = R.randint(20, 160)
    rate = R.randint(42, 65)
    tot = hours * rate * 100
    d.f("FACTUUR §f§\n§p§ - zelfstandig timmerman\n§addr§\nKvK §kvk§\n\nAan: §comp§\nUren week §wk§: §h§ x §rate§ = §tot§\n"
        "Btw 21%%: §btw§\nTotaal: §tt§\n\nGraag overmaken op §iban§ t.n.v. §p2§.\n".replace("%%", "%"),
        f=kord(1), p=P(p.full), addr=adr().parts(", "), kvk=str(R.randint(10000000, 99999999)), comp=K(s.name),
        wk=str(R.randint(2, 51)), h=str(hours), rate=K(money(rate * 100, 0)), tot=K(money(tot, 0)),
        btw=K(money(rnd(tot * 0.21), 0)), tt=K(money(tot + rnd(tot * 0.21), 0)), iban=IB(iban()), p2=P(p.ini))


@tpl("PII")
def pii_bouw_english_crew(d):
    s = sector("bouw")
    a, b = pers(ch(("pl", "ro", "bg"))), pers()
    ad = adr()
    d.f("Hi §a§,\n\nTomorrow you and §c§ start at §str§ in §town§ at §tm§. The client, §cl§, will open the door. "
        "Call me if there is a problem: §t§.\n\n§b§\n",
        a=P(a.first), c=P(pers(a.origin).first), str=A(ad.street), town=ad.town, tm=ktime(0), cl=P(pers().full), t=T(mob()),
        b=P(b.first))


# ---- childcare --------------------------------------------------------------------------------

@tpl("PII")
def pii_kdv_ziek(d):
    s = sector("kinder")
    par = pers()
    kid = pers(par.origin)
    d.f("Bericht via het ouderportaal (§tm§)\nVan: §p§\nKind: §k§\n\nGoedemorgen, §k2§ heeft koorts en blijft vandaag "
        "thuis. Groetjes, §pf§\n", tm=ktime(0), p=P(par.full), k=P(kid.first + " " + par.lastname), k2=P(kid.first),
        pf=P(par.first))


@tpl("PII")
def pii_kdv_ophalen(d):
    s = sector("kinder")
    par, oma = pers(), pers(g="f")
    kid = pers(par.origin)
    d.f("Hoi juf §juf§,\n\nVandaag wordt §k§ opgehaald door oma, §o§. Haar nummer is §t§. Ze komt rond §tm§.\n\nGroet, §p§\n",
        juf=P(pers(g="f").first), k=P(kid.first), o=P(oma.full), t=T(mob()), tm=ktime(0), p=P(par.first))


@tpl("PII")
def pii_kdv_wachtlijst(d):
    s = sector("kinder")
    par = pers()
    kid = pers(par.origin)
    d.f("Beste §p§,\n\nDank voor uw aanmelding voor §k§ (geboren §kb§). Er is momenteel een wachtlijst voor de "
        "§dag§ en §dag2§. Wij verwachten per §start§ een plek te hebben. U hoort uiterlijk §dt§ van ons.\n\n"
        "Met vriendelijke groet,\n§me§, planning §comp§\n§tel§\n",
        p=P(par.full), k=P(kid.first), kb=GD(bdate(2024, 2025)), dag=K(DAGEN[R.randrange(0, 2)]), dag2=K(DAGEN[R.randrange(3, 5)]),
        start=kdate("dm"), dt=kdate("dm"), me=P(pers().first), comp=K(s.name), tel=T(vast()))


@tpl("PII")
def pii_kdv_dagverslag(d):
    s = sector("kinder")
    par = pers()
    kid = pers(par.origin)
    pm = pers()
    d.f("Dagverslag §dt§ - §k§\nGegeten: boterham met kaas, fruit.\nGeslapen: §t1§ - §t2§\nBijzonderheden: viel tijdens "
        "het buitenspelen, klein schaafwondje aan de knie. Pleister gegeven.\nPedagogisch medewerker: §pm§\n",
        dt=kdate("Wdm"), k=P(kid.first), t1=K("12:30"), t2=K("14:%02d" % R.randint(0, 50)), pm=P(pm.first))


@tpl("PII")
def pii_kdv_factuurvraag(d):
    s = sector("kinder")
    p = pers()
    d.f("Goedendag,\n\nDe incasso van deze maand (§eur§) is twee keer van mijn rekening §iban§ afgeschreven. Kunnen "
        "jullie één keer terugstorten?\n\nMet vriendelijke groet,\n§p§\nOuder van §k§\n",
        eur=eur(400, 1600), iban=IB(iban()), p=P(p.full), k=P(pers(p.origin).first))


@tpl("PII")
def pii_bso_uitje(d):
    s = sector("kinder")
    par = pers()
    kid = pers(par.origin)
    d.f("Toestemmingsstrook uitje §dt§ (BSO §comp§)\nNaam kind: §k§\nMijn kind mag mee: ja\nBereikbaar op die dag: §t§\n"
        "Naam ouder: §p§\n", dt=kdate("dm"), comp=K(s.name), k=P(kid.first + " " + par.lastname), t=T(mob()), p=P(par.full))


@tpl("PII")
def pii_kdv_teams_planning(d):
    s = sector("kinder")
    a, b, c = pers(), pers(), pers()
    d.f("§a§ §t§\nkan iemand §dag§ de vroege dienst van §c§ overnemen? §ze§ heeft een afspraak\n§b§ §t2§\nik kan wel, "
        "zet je het in §sys§?\n", ze="ze" if c.g == "f" else "hij", a=P(a.full), t=K(tm(0)), dag=K(ch(DAGEN[:5])), c=P(c.first), b=P(b.full), t2=K(tm(0)),
        sys=system(s))


@tpl("PII")
def pii_kdv_flemish(d):
    s = sector("kinder")
    par = pers("vl")
    kid = pers("vl", "m")
    d.f("Dag,\n\nOns zoontje §k§ is geboren op §kb§. Wij verhuizen in §mnd§ naar §town§ en zoeken opvang voor drie "
        "dagen per week. Kunnen we eens langskomen? U kan mij bereiken op §t§.\n\nVriendelijke groeten,\n§p§\n",
        k=P(kid.first), kb=GD(bdate(2024, 2025)), mnd=K(ch(MAANDEN)), town=town(), t=T(be_tel()), p=P(par.full))


# ---- driving schools --------------------------------------------------------------------------

@tpl("PII")
def pii_rij_whatsapp(d):
    s = sector("rijschool")
    l, inst = pers(), pers()
    lowchat(d, inst.first.lower(), "hoi morgen les om 8 uur, ik haal je op bij school")
    lowchat(d, l.first.lower(), "kan het ook bij mijn huis? adres is")
    d.f("§str§\n", str=A(adr().street.lower()))
    lowchat(d, inst.first.lower(), "is goed tot morgen")


@tpl("PII")
def pii_rij_uitslag(d):
    s = sector("rijschool")
    p, inst = pers(), pers()
    d.f("Gefeliciteerd §p§! 🎉\n\nJe bent vandaag (§dt§) geslaagd voor je praktijkexamen. Je rijbewijs kun je over "
        "een paar dagen aanvragen bij de gemeente §town§.\n\nGroet, §inst§ en het team van §comp§\n",
        p=P(p.first), dt=kdate("dm"), town=town(), inst=P(inst.first), comp=K(s.name))


@tpl("PII")
def pii_rij_schade(d):
    s = sector("rijschool")
    inst, other = pers(), pers()
    d.f("Schademelding lesauto §kt§ (§prod§)\nDatum: §dt§, §tm§\nInstructeur: §inst§\nTegenpartij: §o§, kenteken §kt2§, "
        "tel. §t§\nOmschrijving: tijdens het achteruit inparkeren licht contact met geparkeerde auto.\n",
        kt=KT(plate()), prod=K(ch(s.products[:4])), dt=kdate("dd-mm-yyyy"), tm=ktime(0), inst=P(inst.full), o=P(other.full),
        kt2=KT(plate()), t=T(tel()))


@tpl("PII")
def pii_rij_aanmelding(d):
    s = sector("rijschool")
    p = pers()
    a = adr()
    d.f("Aanmelding proefles\nVoornaam: §f§\nAchternaam: §l§\nGeboortedatum: §b§\nAdres: §addr§\nMobiel: §t§\nE-mail: §e§\n"
        "Automaat of schakel: §tr§\n",
        f=P(p.first), l=P(p.lastname), b=GD(bdate(2006, 2008)), addr=a.parts(", "), t=T(mob()), e=EM(p.mail()),
        tr=ch(("automaat", "schakel")))


@tpl("PII")
def pii_rij_sms(d):
    s = sector("rijschool")
    p = pers()
    d.f("Herinnering §comp§: Hoi §p§, je les is §dt§ om §tm§. Afzeggen kan tot 24 uur van tevoren via §t§.\n",
        comp=K(s.name), p=P(p.first), dt=kdate("wdm"), tm=ktime(0), t=T(mob()))


@tpl("PII")
def pii_rij_agenda_csv(d):
    s = sector("rijschool")
    d.add("datum,tijd,leerling,ophaaladres,telefoon\n")
    for p in people(R.randint(2, 3)):
        d.add(K(fd(rdate(), "iso")), ",", K(tm(0)), ",", P(p.full), ",", A(adr().street), ",", T(mob(2)), "\n")


# ---- lawyers and mediators --------------------------------------------------------------------

@tpl("PII")
def pii_adv_intake(d):
    s = sector("advocaat")
    p = pers()
    d.f("Geachte heer/mevrouw,\n\nMijn werkgever wil mijn contract niet verlengen na mijn ziekmelding. Ik werk sinds "
        "§dt§ bij §werk§. Kan ik een afspraak maken? Ik ben bereikbaar op §t§.\n\nMet vriendelijke groet,\n§p§\n§addr§\n",
        dt=kdate("my"), werk=K(sector().name), t=T(tel()), p=P(p.full), addr=adr().parts(", "))


@tpl("PII")
def pii_adv_dagvaarding_pdf(d):
    s = sector("advocaat")
    a, b = pers(), pers()
    d.noise = pdf_noise
    d.add("DAGVAARDING\nHeden, de ")
    d.noise = None
    d.add(K(fd(rdate(), "dmy")), ", op verzoek van ", P(a.full), ", wonende te ", adr().town, ", ")
    d.noise = pdf_noise
    d.add("voor deze zaak woonplaats kiezende ten kantore van ")
    d.noise = None
    d.add(K(s.name), ",\n")
    d.noise = pdf_noise
    d.add("heb ik, gerechtsdeurwaarder, gedagvaard: ")
    d.noise = None
    d.add(P(b.full), ", wonende aan de ", adr().parts(" te "), ",\n")
    d.noise = pdf_noise
    d.add("om te verschijnen ter terechtzitting van de kantonrechter.\n")
    d.noise = None


@tpl("PII")
def pii_adv_telefoonnotitie(d):
    s = sector("advocaat")
    p, me = pers(), pers()
    d.f("Telefoonnotitie §dt§ §tm§ (§me§)\nBeller: §p§, tel. §t§\nDossier: §dos§\nInhoud: wederpartij heeft nieuw "
        "voorstel gedaan, §eur§ ineens. Cliënt wil overleggen. Terugbellen vóór §dag§.\n",
        dt=kdate("dd-mm-yyyy"), tm=ktime(0), me=P(me.ini), p=P(p.full), t=T(tel()), dos=kord(4), eur=eur(1000, 25000, True),
        dag=kdate("wdm"))


@tpl("PII")
def pii_adv_mediation_ics(d):
    s = sector("advocaat")
    a, b, m = pers(), pers(), pers()
    d.f("Onderwerp: Mediationgesprek 2\nStart: §dt§ §tm§\nLocatie: §comp§, §addr§\nDeelnemers: §a§ <§ea§>; §b§ <§eb§>; §m§\n",
        dt=kdate("wdmy"), tm=ktime(0), comp=K(s.name), addr=adr().parts(", "), a=P(a.full), ea=EM(a.mail()), b=P(b.full),
        eb=EM(b.mail()), m=P(m.full))


@tpl("PII")
def pii_adv_english(d):
    s = sector("advocaat")
    p = pers(ch(("in", "br", "cn", "ua", "sy")))
    d.f("Dear §adv§,\n\nMy landlord refuses to return my deposit of §eur§ after I left the apartment at §addr§ on §dt§. "
        "Could you advise me? You can reach me at §t§ or §e§.\n\nBest regards,\n§p§\n",
        adv=[ch(("Ms ", "Mr ")), P(pers().formal)], eur=K(money(R.randint(800, 2400) * 100, 10)), addr=adr().parts(", "), dt=kdate("eny"),
        t=T(mob()), e=EM(p.mail()), p=P(p.full))


@tpl("PII")
def pii_adv_declaratie(d):
    s = sector("advocaat")
    p = pers()
    d.f("Declaratie §f§ - dossier §dos§\nCliënt: §p§\nWerkzaamheden §mnd§: §h§ uur à §rate§\nTotaal incl. btw: §tot§\n"
        "Betaling op §iban§ binnen 14 dagen.\n",
        f=kord(1), dos=kord(4), p=P(p.lf), mnd=K(ch(MAANDEN)), h=str(R.randint(1, 12)) + "," + ch(("0", "5")),
        rate=eur(180, 265, True), tot=eur(300, 4000), iban=IB(iban()))


@tpl("PII")
def pii_adv_whatsapp(d):
    s = sector("advocaat")
    p, adv = pers(), pers()
    d.f("§p§: Goedemiddag mr. §adv§, de zitting is verplaatst naar §dt§ heb ik net gehoord. Klopt dat?\n"
        "§adv2§: Dat klopt, §dt2§ om §tm§. Ik stuur u de oproep per mail naar §e§.\n",
        p=P(p.full), adv=P(adv.formal), dt=kdate("dm"), adv2=P(adv.ini), dt2=kdate("wdm"), tm=ktime(0), e=EM(p.mail()))


# ---- housing associations ---------------------------------------------------------------------

@tpl("PII")
def pii_won_reparatie(d):
    s = sector("woning")
    p = pers()
    a = adr()
    d.f("Reparatieverzoek §nr§\nHuurder: §p§\nAdres: §addr§\nTelefoon: §t§\nMelding: §mel§\nVoorkeur: §dag§ ochtend\n",
        nr=kord(9), p=P(p.full), addr=a.parts(", "), t=T(tel(a)), mel=ch(("lekkende kraan keuken", "schimmel in badkamer",
                                                                         "deurbel werkt niet", "afvoer douche verstopt")),
        dag=K(ch(DAGEN[:5])))


@tpl("PII")
def pii_won_topdesk(d):
    s = sector("woning")
    p, op = pers(), pers()
    a = adr()
    d.f("TOPdesk melding §nr§ | Behandelaar: §op§\nAanmelder: §p§ - §addr§\nKorte omschrijving: CV-ketel lekt\n"
        "Actie §dt§: §inst§ ingeschakeld, monteur komt §dag§.\n",
        nr=kord(9), op=P(op.full), p=P(p.full), addr=a.parts(", "), dt=kdate("dd-mm-yyyy"), inst=K(sector("install").name),
        dag=kdate("wdm"))


@tpl("PII")
def pii_won_overlast(d):
    s = sector("woning")
    p, n = pers(), pers()
    a = adr()
    d.f("Beste woonconsulent,\n\nAl weken heb ik last van harde muziek van mijn bovenburen (§n§, huisnummer boven mij). "
        "Ik woon zelf op §str§. Gesprekken helpen niet. Kunt u bemiddelen?\n\n§p§\n§t§\n",
        n=P(n.formal), str=A(a.street), p=P(p.full), t=T(mob()))


@tpl("PII")
def pii_won_achterstand_pdf(d):
    s = sector("woning")
    p = pers()
    a = adr()
    d.add(K(s.name), "\n", P(p.ini), "\n", a.parts("\n"), "\n\n")
    d.noise = pdf_noise
    d.f("Betreft: huurachterstand\n\nGeachte heer/mevrouw,\n\nUit onze administratie blijkt dat u een "
        "huurachterstand heeft van §eur§. Wij vragen u dit bedrag binnen 14 dagen over te maken. Lukt dat niet, neem "
        "dan contact op voor een betalingsregeling.\n", eur=eur(300, 2600))
    d.noise = None
    d.f("Uw rekeningnummer bij ons bekend: §iban§\n", iban=IB(iban()))


@tpl("PII")
def pii_won_sleutel(d):
    s = sector("woning")
    p, op = pers(), pers()
    a = adr()
    d.f("Sleuteloverdracht §addr§\nNieuwe huurder: §p§ (§t§)\nDatum: §dt§, §tm§\nAantal sleutels: 3 + 1 fietsenstalling\n"
        "Meterstanden: elektra §e1§, gas §g§\nOpzichter: §op§\n",
        addr=a.parts(", "), p=P(p.full), t=T(mob()), dt=kdate("dmy"), tm=ktime(0), e1=str(R.randint(10000, 99999)),
        g=str(R.randint(1000, 9999)), op=P(op.full))


@tpl("PII")
def pii_won_voicemail(d):
    s = sector("woning")
    p = pers()
    d.f("Voicemail §dt§ (§tel§): \"Goedemiddag, met §p§ van de §str§. De lift in ons complex staat al drie dagen "
        "stil en mijn moeder van 88 kan niet naar beneden. Bel me alstublieft terug.\"\n",
        dt=kdate("dd-mm-yyyy"), tel=T(tel()), p=P(p.full), str=A(adr().street))


@tpl("PII")
def pii_won_opzegging(d):
    s = sector("woning")
    p = pers()
    a = adr()
    d.f("Onderwerp: opzegging huur\n\nGeachte heer/mevrouw,\n\nHierbij zeg ik de huur van mijn woning aan de §addr§ "
        "op per §dt§. Mijn nieuwe adres wordt §new§. De waarborgsom graag terugstorten op §iban§.\n\n"
        "Met vriendelijke groet,\n§p§\n",
        addr=a.parts(", "), dt=kdate("dmy"), new=adr().parts(", "), iban=IB(iban()), p=P(p.full))


@tpl("PII")
def pii_won_whatsapp_opzichter(d):
    s = sector("woning")
    a, b = pers(), pers()
    ad = adr()
    lowchat(d, a.first.lower(), "ben bij de")
    d.f("§str§, mevrouw §p§ doet niet open\n", str=A(ad.street), p=P(pers(g="f").formal))
    lowchat(d, b.first.lower(), "bel haar even op")
    d.f("§t§\n", t=T(mob(2)))


# ---- sports clubs -----------------------------------------------------------------------------

@tpl("PII")
def pii_sport_aanmelding(d):
    s = sector("sport")
    p = pers()
    a = adr()
    d.f("Aanmeldformulier nieuw lid - §comp§\nNaam: §p§\nGeboortedatum: §b§\nAdres: §addr§\nTelefoon: §t§\nE-mail: §e§\n"
        "IBAN voor contributie: §iban§\nTeam/voorkeur: §team§\n",
        comp=K(s.name), p=P(p.full), b=GD(bdate(1960, 2018)), addr=a.parts(", "), t=T(tel(a)), e=EM(p.mail()), iban=IB(iban()),
        team=ch(("recreanten", "selectie", "jeugd", "veteranen")))


@tpl("PII")
def pii_sport_rijden(d):
    s = sector("sport")
    ps = people(3)
    d.f("Rijden uitwedstrijd §dt§ (vertrek §tm§ bij de club):\n", dt=kdate("Wdm"), tm=ktime(0))
    for p in ps:
        d.add("- ", P(p.first), " (", T(mob()), ")\n")
    d.add("Wie kan er nog rijden? Er moeten 11 kinderen mee.\n")


@tpl("PII")
def pii_sport_contributie(d):
    s = sector("sport")
    p = pers()
    d.f("Beste §p§,\n\nDe contributie voor seizoen 2025-2026 (§eur§) kon niet worden geïncasseerd van rekening §iban§. "
        "Wilt u het bedrag zelf overmaken?\n\nSportieve groet,\nPenningmeester §comp§\n",
        p=P(p.full), eur=eur(110, 320), iban=IB(iban()), comp=K(s.name))


@tpl("PII")
def pii_sport_blessure(d):
    s = sector("sport")
    p, tr = pers(g="f"), pers()
    d.f("Hoi §tr§,\n\n§k§ heeft bij de wedstrijd van §dt§ haar enkel verzwikt. De huisarts zegt twee weken rust. Ze "
        "traint weer mee vanaf §dt2§.\n\nGroetjes, §p§ (moeder), §t§\n",
        tr=P(tr.first), k=P(pers(p.origin, "f").first), dt=kdate("dm"), dt2=kdate("dm"), p=P(p.full), t=T(mob()))


@tpl("PII")
def pii_sport_vrijwilligers(d):
    s = sector("sport")
    a, b = pers(), pers()
    d.f("§a§ §t§\nwie draait zaterdag de bardienst? §c§ is ziek\n§b§ §t2§\nik doe het wel samen met §e§\n",
        a=P(a.full), t=K(tm(0)), c=P(pers().first), b=P(b.full), t2=K(tm(0)), e=P(pers().first))


@tpl("PII")
def pii_sport_overschrijving(d):
    s = sector("sport")
    p = pers()
    d.f("Sportlink - verzoek overschrijving\nSpeler: §p§ (relatiecode §rc§)\nGeboortedatum: §b§\nVan: §van§\nNaar: §naar§\n"
        "Ingediend: §dt§\n",
        p=P(p.full), rc=rs(7, UPPERDIG), b=GD(bdate(2008, 2016)), van=K(sector("sport").name), naar=K(s.name),
        dt=kdate("dd-mm-yyyy"))


@tpl("PII")
def pii_sport_english(d):
    s = sector("sport")
    p = pers(ch(("in", "br", "cn", "ua", "gh")))
    d.f("Hi! My son §k§ (born §kb§) would like to join the club. We just moved to §town§. Is there a trial "
        "training? My number is §t§. - §p§\n",
        k=P(pers(p.origin, "m").first), kb=GD(bdate(2012, 2018, 8)), town=town(), t=T(mob()), p=P(p.full))


# ---- garages ----------------------------------------------------------------------------------

@tpl("PII")
def pii_gar_planning(d):
    s = sector("garage")
    ps = people(R.randint(2, 3))
    d.f("Werkplaatsplanning §dt§\n", dt=kdate("Wdm"))
    for p in ps:
        d.add(K(tm(0)), "  ", KT(plate()), "  ", P(p.formal), "  ", K(s.service()[0]), "  ", T(tel()), "\n")


@tpl("PII")
def pii_gar_apk_sms(d):
    s = sector("garage")
    p = pers()
    d.f("SMS: Beste §p§, uw auto (§kt§) is klaar en goedgekeurd voor de APK. Ophalen kan tot §tm§. Te betalen: §eur§. "
        "§comp§\n", p=P(p.formal), kt=KT(plate()), tm=ktime(0), eur=eur(35, 480), comp=K(s.name))


@tpl("PII")
def pii_gar_schade(d):
    s = sector("garage")
    p = pers()
    d.f("Schadeformulier (online)\nNaam: §p§\nTelefoon: §t§\nE-mail: §e§\nKenteken: §kt§\nVerzekeraar: §vz§\n"
        "Omschrijving: deuk in achterklep na aanrijding op parkeerplaats §pl§\n",
        p=P(p.full), t=T(tel()), e=EM(p.mail()), kt=KT(plate()), vz=K(ch(("Centraal Beheer", "ANWB", "FBTO", "Interpolis",
                                                                          "Allianz Direct"))),
        pl=ch(("Albert Heijn", "Jumbo", "station", "sportpark")))


@tpl("PII")
def pii_gar_occasion(d):
    s = sector("garage")
    p, me = pers(), pers()
    d.f("Hallo,\n\nIk heb interesse in de §prod§ op jullie website (§prijs§). Is deze nog beschikbaar? Ik wil mijn "
        "huidige auto, kenteken §kt§, inruilen. Bel me gerust: §t§.\n\nGroet, §p§\n",
        prod=kprod(s), prijs=eur(6500, 28000, True), kt=KT(plate()), t=T(mob()), p=P(p.full))


@tpl("PII")
def pii_gar_voicemail(d):
    s = sector("garage")
    p = pers()
    d.f("Voicemail §tm§ van §tel§: \"Ja hallo, §p§ hier, ik heb een afspraak voor de grote beurt van de §prod§ met "
        "kenteken §kt§, maar ik ben wat later, rond §tm2§. Prima? Dank je.\"\n",
        tm=ktime(0), tel=T(mob()), p=P(p.full), prod=kprod(s), kt=KT(plate()), tm2=ktime(0))


@tpl("PII")
def pii_gar_json(d):
    s = sector("garage")
    p = pers()
    d.f('{"werkorder": "§wo§", "kenteken": "§kt§", "klant": {"naam": "§p§", "tel": "§t§", "email": "§e§"}, '
        '"km_stand": §km§, "afspraak": "§dt§", "status": "in behandeling"}\n',
        wo=kord(5), kt=KT(plate()), p=P(p.full), t=T(mob(2)), e=EM(p.mail()), km=str(R.randint(10000, 250000)),
        dt=K(fd(rdate(), "iso")))


@tpl("PII")
def pii_gar_whatsapp(d):
    s = sector("garage")
    p, m = pers(), pers()
    lowchat(d, p.first.lower(), "hoi is mijn auto al klaar? de")
    d.f("§kt§\n", kt=KT(plate(raw=True)))
    lowchat(d, m.first.lower(), "ja staat klaar, remblokken vervangen. kosten 245 euro")


# ---- farms and garden centres -----------------------------------------------------------------

@tpl("PII")
def pii_agro_bestelling(d):
    s = sector("agro")
    p = pers()
    a = adr()
    d.f("Bestelbevestiging §o§ - §comp§\n\nBeste §p§,\n\nBedankt voor je bestelling (§prod§, §eur§). We bezorgen op §dt§ "
        "op §addr§. Vragen? Bel §t§.\n",
        o=kord(10), comp=K(s.name), p=P(p.first), prod=K(ch(("12x Hortensia", "snoeischaar Felco 2", "groentepakket groot",
                                                            "3 zakken potgrond"))),
        eur=eur(12, 240), dt=kdate("wdm"), addr=a.parts(", "), t=T(vast()))


@tpl("PII")
def pii_agro_tuinontwerp(d):
    s = sector("agro")
    p, me = pers(), pers()
    d.f("Beste §t§ §pl§,\n\nHierbij bevestig ik het adviesgesprek voor uw tuinontwerp op §dt§ om §tm§ bij u thuis "
        "(§addr§). Kosten: §eur§, te verrekenen bij opdracht.\n\n§sig§",
        t=p.title, pl=P(p.formal), dt=kdate("wdm"), tm=ktime(0), addr=adr().parts(", "), eur=eur(75, 250, True),
        sig=sig(me, s))


@tpl("PII")
def pii_agro_robot_alert(d):
    s = sector("agro")
    p = pers()
    d.f("[Lely Horizon] ALARM §tm§: robot 2 - koe 1187 niet gemolken > 14 uur\nSMS verstuurd naar §t§ (§p§)\n"
        "SMS verstuurd naar §t2§ (§q§)\n",
        tm=ktime(0), t=T(mob()), p=P(p.first), t2=T(mob()), q=P(pers().first))


@tpl("PII")
def pii_agro_seasonal_en(d):
    s = sector("agro")
    w, boss = pers(ch(("pl", "ro", "bg"))), pers()
    d.f("Hello §w§,\n\nThe strawberry season starts on §dt§. Your room at §addr§ is ready. Please send me a copy of "
        "your ID before you travel. You can call me on §t§.\n\nBest, §b§\n§comp§\n",
        w=P(w.full), dt=kdate("en"), addr=adr().parts(", "), t=T(mob()), b=P(boss.full), comp=K(s.name))


@tpl("PII")
def pii_agro_pasje(d):
    s = sector("agro")
    p = pers()
    d.f("Klantenpas kwijt\nNaam: §p§\nE-mail: §e§\nPostcode: §pc§\nPasnummer (indien bekend): onbekend\n",
        p=P(p.full), e=EM(p.mail()), pc=PC(gen_pc(ch(TOWNS)[1])))


@tpl("PII")
def pii_agro_bezorg_sms(d):
    s = sector("agro")
    p = pers()
    d.f("§comp§: Hoi §p§, je groentepakket staat vandaag om §tm§ bij je voordeur op de §str§. Fijne week!\n",
        comp=K(s.name), p=P(p.first), tm=ktime(0), str=A(adr().street))


# ---- IT managed service providers -------------------------------------------------------------

@tpl("PII")
def pii_it_zendesk(d):
    s = sector("it")
    p, ag = pers(), pers()
    cs = sector(ch(("tand", "fysio", "advocaat", "woning")))
    d.f("Zendesk #§nr§ - Laptop start niet op\nAanvrager: §p§ <§e§>\nOrganisatie: §org§\nTelefoon: §t§\n\nMijn laptop "
        "blijft hangen op het logo sinds de update van gisteren.\n\n-- §ag§ (§tm§): opgehaald voor herinstallatie, "
        "leenlaptop meegegeven.\n",
        nr=K(str(R.randint(10000, 99999))), p=P(p.full), e=EM(p.mail(cs.dom, 0)), org=K(cs.name), t=T(tel()), ag=P(ag.first),
        tm=ktime(0))


@tpl("PII")
def pii_it_forward_chain(d):
    s = sector("it")
    a, b, c = pers(), pers(), pers()
    cs = sector(ch(("advocaat", "woning", "horeca")))
    ea, eb = a.mail(s.dom, 0), b.mail(cs.dom, 0)
    d.f("Kun jij dit oppakken §c§?\n\n", c=P(c.first))
    d.add(outlook_head(b, eb, a, ea, "printer 2e verdieping"))
    d.f("\nHoi §a§,\n\nDe printer op de 2e verdieping geeft papierstoring. Bel me even op §t§.\n\n§b§\n§org§\n",
        a=P(a.first), t=T(tel()), b=P(b.full), org=K(cs.name))


@tpl("PII")
def pii_it_onboarding(d):
    s = sector("it")
    hr, p = pers(), pers()
    cs = sector()
    d.f("Aanvraag nieuwe medewerker (§org§)\nNaam: §p§\nStartdatum: §dt§\nFunctie: §role§\nPrivé-mail voor de welkomstmail: "
        "§e§\nMobiel: §t§\nLicentie: §lic§\nAangevraagd door: §hr§\n",
        org=K(cs.name), p=P(p.full), dt=kdate("dmy"), role=cs.role(), e=EM(p.mail()), t=T(mob()),
        lic=K("Microsoft 365 Business Premium"), hr=P(hr.full))


@tpl("PII")
def pii_it_auth_log(d):
    s = sector("it")
    ts = fd(rdate(), "iso")
    a, b = pers(), pers()
    cs = sector()
    d.f("§ts§ 07:58:03 AzureAD SignIn success user=§ea§ app=Outlook location=NL\n§ts§ 08:02:17 AzureAD SignIn "
        "failure user=§eb§ reason=MFA denied location=NG\n§ts§ 08:02:19 alert sent to §it§\n",
        ts=K(ts), ea=EM(a.mail(cs.dom, 0)), eb=EM(b.mail(cs.dom, 1)), it=EM(s.mail("support")))


@tpl("PII")
def pii_it_teams_printer(d):
    s = sector("it")
    a, b = pers(), pers()
    lowchat(d, a.first.lower(), "printer doet het weer niet bij de balie")
    lowchat(d, b.first.lower(), "heb je hem uit en aan gezet? anders bel ik")
    d.f("§c§ ", c=P(pers().first.lower()))
    d.noise = chat_noise
    d.add("van de helpdesk, die heeft er verstand van\n")
    d.noise = None


@tpl("PII")
def pii_it_markdown_contacts(d):
    s = sector("it")
    cs = sector()
    d.f("## Contactpersonen §org§\n\n| Rol | Naam | Telefoon | E-mail |\n|---|---|---|---|\n", org=K(cs.name))
    for role, p in zip(("Eigenaar", "Key-user"), people(2)):
        d.add("| ", role, " | ", P(p.full), " | ", T(tel()), " | ", EM(p.mail(cs.dom, R.randrange(4))), " |\n")


@tpl("PII")
def pii_it_voicemail(d):
    s = sector("it")
    p = pers()
    cs = sector()
    d.f("Voicemail servicedesk §dt§ §tm§ - §tel§\n\"Ja, met §p§ van §org§. Niemand kan meer inloggen op de "
        "kassacomputer, kunnen jullie zo snel mogelijk bellen?\"\n",
        dt=kdate("dd-mm-yyyy"), tm=ktime(0), tel=T(tel()), p=P(p.full), org=K(cs.name))


@tpl("PII")
def pii_it_freshdesk_phone(d):
    s = sector("it")
    p = pers()
    d.f("Freshdesk #§nr§ - wijziging gegevens\nVan: §e§\n\nGraag mijn mobiele nummer in het systeem aanpassen naar §t§ "
        "(oud: §old§) i.v.m. de MFA-sms'jes.\n§p§\n",
        nr=K(str(R.randint(10000, 99999))), e=EM(p.mail()), t=T(mob()), old=T(mob()), p=P(p.full))


# ---- cross-sector -----------------------------------------------------------------------------

@tpl("PII")
def pii_business_card_ocr(d):
    s = sector()
    p = pers()
    a = adr()
    d.add("[OCR visitekaartje]\n")
    d.noise = ocr_noise
    d.add(s.name.upper() + "\n")
    d.noise = None
    d.add(P(p.full), "\n", s.role(), "\n", a.parts("\n"), "\n", T(tel(a)), "\n", EM(p.mail(s.dom, R.randrange(4))), "\n")


@tpl("PII")
def pii_html_contactform(d):
    s = sector()
    p = pers()
    d.f('<h3>Nieuw bericht via §dom§</h3>\n<p><b>Naam:</b> §p§<br>\n<b>Telefoon:</b> §t§<br>\n<b>E-mail:</b> <a '
        'href="mailto:§e§">§e§</a><br>\n<b>Bericht:</b> Graag een offerte voor §svc§.</p>\n',
        dom=s.dom, p=P(p.full), t=T(tel()), e=EM(p.mail()), svc=K(s.service()[0]))


@tpl("PII")
def pii_signature_reply(d):
    s = sector()
    p, me = pers(), pers()
    d.f("Hoi §p§,\n\nPrima, dan zien we elkaar §dt§ om §tm§.\n\n", p=P(p.first), dt=kdate("wdm"), tm=ktime(0))
    d.add(sig(me, s, adr()))


@tpl("PII")
def pii_iban_change(d):
    s = sector(ch(("sport", "kinder", "woning", "fysio")))
    p = pers()
    d.f("Wijziging rekeningnummer\n\nNaam: §p§\nOud IBAN: §o§\nNieuw IBAN: §n§\nIngangsdatum: §dt§\nTelefoon voor verificatie: §t§\n",
        p=P(p.full), o=IB(iban()), n=IB(iban() if chance(0.85) else iban_be()), dt=kdate("dmy"), t=T(tel()))


@tpl("PII")
def pii_german_customer(d):
    s = sector(ch(("horeca", "garage", "agro")))
    p = pers("nl")
    dt0 = rdate()
    de_m = L("Januar, Februar, März, April, Mai, Juni, Juli, August, September, Oktober, November, Dezember")
    d.f("Guten Tag,\n\nwir möchten für §dt§ einen Tisch für 4 Personen reservieren. Mein Name ist §p§, erreichbar "
        "unter §t§. Unser Konto: §iban§ (für die Anzahlung).\n\nMit freundlichen Grüßen\n§p2§\n",
        dt=K("%d. %s" % (dt0.day, de_m[dt0.month - 1])), p=P(p.full), t=T(de_tel()), iban=IB(iban_de()), p2=P(p.full))


@tpl("PII")
def pii_moving_notice(d):
    s = sector(ch(("sport", "apotheek", "tand", "fysio")))
    p = pers()
    old, new = adr(), adr()
    d.f("Adreswijziging per §dt§\n§p§\nOud: §o§\nNieuw: §n§\nE-mail blijft §e§\n",
        dt=kdate("dmy"), p=P(p.full), o=old.parts(", "), n=new.parts(", "), e=EM(p.mail()))


@tpl("PII")
def pii_double_name_formal(d):
    s = sector(ch(("advocaat", "woning", "tand")))
    p = pers(ch(("nl", "fy", "li")), "f")
    while "-" not in p.last:
        p = pers(ch(("nl", "fy", "li")), "f")
    d.f("Geachte mevrouw §pl§,\n\nWij hebben uw bericht van §dt§ ontvangen en nemen binnen vijf werkdagen contact met u "
        "op via §t§.\n\nMet vriendelijke groet,\n§comp§\n",
        pl=P(p.formal), dt=kdate("dm"), t=T(tel()), comp=K(s.name))


@tpl("PII")
def pii_lastname_first_list(d):
    s = sector(ch(("apotheek", "tand", "fysio")))
    d.f("Terugbellen (§dt§):\n", dt=kdate("short"))
    for p in people(R.randint(2, 3)):
        d.add("- ", P(p.lfi), ", ", T(tel()), ", ", ch(("vraag over recept", "afspraak verzetten", "factuur", "uitslag")), "\n")



# ----------------------------------------------------------------------------------------------
# validation (used while building: a record that fails is rebuilt with fresh values)
# ----------------------------------------------------------------------------------------------

TOKEN_RE = re.compile(r"[^\W\d_][\w'’-]*")
NINE_RE = re.compile(r"(?<![\w.])(\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3}\.\d{3}\.\d{3})(?![\w]|\.\d)")
GROUP_CAT = {"SALARY_SLIP": "SALARY_SLIP", "SIGNED_CONTRACT": "SIGNED_CONTRACT", "CUSTOMER_LIST": "CUSTOMER_LIST"}
MUST_LABEL = {"BSN": "BSN", "PASSWORD": "WACHTWOORD", "API_KEY": "API_SLEUTEL"}


def name_tokens(label, value):
    if label not in ("PERSOON", "ADRES"):
        return []
    return [t for t in TOKEN_RE.findall(value) if len(t) >= 4 and t.lower() not in INTERFIX]


def occurrences(text, v):
    out, i = [], text.find(v)
    while i >= 0:
        out.append(i)
        i = text.find(v, i + 1)
    return out


def mask_spans_from_text(text, mask):
    """All occurrences of all mask values (used by --check, which has no recorded spans)."""
    sp = []
    for _, v in mask:
        sp += [(i, i + len(v)) for i in occurrences(text, v)]
    return sp


def first_positions(text, mask):
    """First occurrence of each mask value that is not inside an occurrence of a longer mask value."""
    longer = {}
    for _, v in mask:
        longer[v] = [(i, i + len(w)) for _, w in mask if len(w) > len(v) for i in occurrences(text, w)]
    out = []
    for _, v in mask:
        pos = None
        for i in occurrences(text, v):
            if not any(a <= i and i + len(v) <= b for a, b in longer[v]):
                pos = i
                break
        out.append(pos)
    return out


def value_problems(label, v):
    if label == "BSN" and not bsn_ok(v):
        return "BSN fails 11-proef: " + v
    if label == "IBAN" and not iban_ok(v):
        return "bad IBAN: " + v
    if label == "POSTCODE" and not re.fullmatch(r"[1-9]\d{3} ?[A-Za-z]{2}", v):
        return "bad postcode: " + v
    if label == "KENTEKEN" and not plate_ok(v):
        return "bad plate: " + v
    if label == "EMAIL" and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", v):
        return "bad email: " + v
    if label == "TELEFOON" and not 9 <= len(re.sub(r"\D", "", v)) <= 15:
        return "bad phone: " + v
    if label == "WACHTWOORD" and (len(v) < 6 or re.search(r"\s", v)):
        return "bad password: " + v
    if label == "API_SLEUTEL" and len(v) < 20:
        return "short key: " + v
    if label == "GEBOORTEDATUM" and not re.search(r"(19|20)\d\d|'\d\d", v):
        return "birth date without year: " + v
    return None


def record_problems(text, mask, block, keep, spans=None):
    """Problems shared by build and --check. spans: recorded mask spans (build) or None (check)."""
    errs = []
    if not text.strip():
        errs.append("empty text")
    if spans is None:
        spans = mask_spans_from_text(text, mask)

    def covered(s, e):
        return any(a <= s and e <= b for a, b in spans)

    seen = []
    for label, v in mask:
        if label not in LABELS:
            errs.append("bad label " + label)
        if [label, v] in seen:
            errs.append("duplicate mask " + v)
        seen.append([label, v])
        if not v or v != v.strip():
            errs.append("empty/padded value %r" % v)
            continue
        if v not in text:
            errs.append("value not in text: " + v)
        vp = value_problems(label, v)
        if vp:
            errs.append(vp)
        for i in occurrences(text, v):
            if not covered(i, i + len(v)):
                errs.append("stray occurrence of %r at %d" % (v, i))
                break
        for t in name_tokens(label, v):
            for mo in re.finditer(r"(?<![\w])" + re.escape(t) + r"(?![\w])", text):
                if not covered(mo.start(), mo.end()):
                    errs.append("stray token %r of %r" % (t, v))
                    break
    fp = first_positions(text, mask)
    if None in fp:
        errs.append("value only inside a longer value")
    elif fp != sorted(fp):
        errs.append("mask not in order of first occurrence")
    mvals = [v for _, v in mask]
    for v in keep:
        if v in mvals:
            errs.append("keep value also masked: " + v)
        if v not in text:
            errs.append("keep value not in text: " + v)
        elif all(any(a < i + len(v) and i < b for a, b in spans) for i in occurrences(text, v)):
            errs.append("keep value only inside masked values: " + v)
    if len(set(keep)) != len(keep):
        errs.append("duplicate keep")
    labels = [lab for lab, _ in mask]
    for lab, cat in AUTO_BLOCK:
        if (lab in labels) != (cat in block):
            errs.append("block %s inconsistent with mask" % cat)
    if [b for b in BLOCK_ORDER if b in block] != list(block):
        errs.append("block not in canonical order / unknown category")
    if sum(1 for b in block if b in GROUP_CAT) > 1:
        errs.append("more than one document category")
    for mo in NINE_RE.finditer(text):
        if not covered(mo.start(), mo.end()) and bsn_ok(mo.group(0)):
            errs.append("unlabelled 9-digit number passes the 11-proef: " + mo.group(0))
    return errs


def build_record(group, fn):
    for attempt in range(400):
        d = Doc()
        fn(d)
        text = d.text
        labels = [lab for lab, _ in d.mask]
        block = [cat for lab, cat in AUTO_BLOCK if lab in labels]
        if group in GROUP_CAT:
            block.append(GROUP_CAT[group])
        block = [b for b in BLOCK_ORDER if b in block]
        errs = record_problems(text, d.mask, block, d.keep, d.mspans)
        if group in MUST_LABEL and MUST_LABEL[group] not in labels:
            errs.append("group %s without %s" % (group, MUST_LABEL[group]))
        if group in ("NEG", "PII") and block:
            errs.append("%s record would be blocked" % group)
        if group == "CUSTOMER_LIST" and labels.count("PERSOON") < 5:
            errs.append("customer list with fewer than 5 people")
        if not errs:
            return {"text": text, "mask": d.mask, "block": block, "keep": d.keep}
        last = errs
    raise RuntimeError("template %s (%s) keeps failing: %s" % (fn.__name__, group, last[:5]))


def build():
    global R
    R = random.Random(SEED)
    recs = []
    for group, n, min_t in GROUPS:
        tpls = TEMPLATES[group]
        if len(tpls) < min_t:
            raise RuntimeError("group %s has %d templates, needs %d" % (group, len(tpls), min_t))
        for i in range(n):
            fn = tpls[i % len(tpls)]
            rec = build_record(group, fn)
            recs.append((group, fn.__name__, rec))
    assert len(recs) == TOTAL
    R.shuffle(recs)
    lines, meta = [], []
    for i, (group, name, rec) in enumerate(recs):
        obj = {"id": "c15-%d" % i, "text": rec["text"], "mask": rec["mask"], "block": rec["block"], "keep": rec["keep"]}
        lines.append(json.dumps(obj, ensure_ascii=False) + "\n")
        meta.append((group, name))
    return "".join(lines), meta


def check():
    problems = []
    try:
        with open(OUT, "rb") as fh:
            raw = fh.read()
    except OSError as e:
        print("cannot read %s: %s" % (OUT, e))
        return 1
    fresh, meta = build()
    if raw != fresh.encode("utf-8"):
        problems.append("c15.jsonl differs from a fresh build (md5 %s vs %s)" % (
            hashlib.md5(raw).hexdigest(), hashlib.md5(fresh.encode("utf-8")).hexdigest()))
    lines = raw.decode("utf-8").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if len(lines) != TOTAL:
        problems.append("expected %d records, found %d" % (TOTAL, len(lines)))
    counts = {}
    blocks = {}
    for n, line in enumerate(lines):
        try:
            obj = json.loads(line)
        except ValueError as e:
            problems.append("line %d: bad JSON (%s)" % (n + 1, e))
            continue
        rid = obj.get("id")
        if list(obj.keys()) != ["id", "text", "mask", "block", "keep"]:
            problems.append("%s: fields %s" % (rid, list(obj.keys())))
            continue
        if rid != "c15-%d" % n:
            problems.append("line %d: id %s" % (n + 1, rid))
        if not all(isinstance(p, list) and len(p) == 2 and all(isinstance(x, str) for x in p) for p in obj["mask"]):
            problems.append("%s: mask entries must be [LABEL, value]" % rid)
            continue
        for e in record_problems(obj["text"], obj["mask"], obj["block"], obj["keep"]):
            problems.append("%s: %s" % (rid, e))
        for lab, _ in obj["mask"]:
            counts[lab] = counts.get(lab, 0) + 1
        key = "+".join(obj["block"]) or "(none)"
        blocks[key] = blocks.get(key, 0) + 1
    gcount = {}
    for g, _ in meta:
        gcount[g] = gcount.get(g, 0) + 1
    for g, n, min_t in GROUPS:
        if gcount.get(g) != n:
            problems.append("group %s has %s records, expected %d" % (g, gcount.get(g), n))
        if len(TEMPLATES[g]) < min_t:
            problems.append("group %s has %d templates, expected at least %d" % (g, len(TEMPLATES[g]), min_t))
    print("records: %d   md5: %s" % (len(lines), hashlib.md5(raw).hexdigest()))
    print("groups: " + ", ".join("%s %d (%d templates)" % (g, gcount.get(g, 0), len(TEMPLATES[g])) for g, _, _ in GROUPS))
    print("mask labels: " + ", ".join("%s %d" % (lab, counts.get(lab, 0)) for lab in LABELS))
    print("block sets: " + ", ".join("%s %d" % kv for kv in sorted(blocks.items())))
    if problems:
        for p in problems[:50]:
            print("PROBLEM", p)
        print("CHECK FAILED: %d problem(s)" % len(problems))
        return 1
    print("CHECK OK")
    return 0


def main():
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    data, meta = build()
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(data)
    print("wrote %s: %d records, md5 %s" % (OUT, data.count("\n"), hashlib.md5(data.encode("utf-8")).hexdigest()))


if __name__ == "__main__":
    main()
