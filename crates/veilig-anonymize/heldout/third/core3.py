# Core helpers for gen3.py: persons, structured PII with valid checksums, keep-vocabulary, the Doc recorder.
import datetime
import random
import re
import string
import unicodedata

from pools3 import *  # noqa

MS, ME = "\x01", "\x02"   # span markers around every labelled mask value (stripped before writing)
R = random.Random(0)      # reseeded by gen3.py

TV_WORDS = {"de", "van", "der", "den", "ter", "ten", "'t", "in", "het", "te"}


def ascii_fold(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("İ", "I").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def cap1(s):
    return s[:1].upper() + s[1:]


class Person:
    def __init__(self, first, tv, last, g, origin, inits):
        self.first, self.tv, self.last, self.g, self.origin, self.inits = first, tv, last, g, origin, inits

    @property
    def full(self):
        return " ".join(x for x in (self.first, self.tv, self.last) if x)

    @property
    def formal(self):  # "De Vries", "Van den Berg", "El Amrani"
        return (cap1(self.tv) + " " + self.last) if self.tv else self.last

    @property
    def surname(self):  # "de Vries"
        return (self.tv + " " + self.last) if self.tv else self.last

    def tokens(self):
        return set(re.findall(r"[^\W\d_][\w'’-]*", self.first + " " + self.last))


def split_surname(s):
    w = s.split(" ")
    tv = []
    while len(w) > 1 and (w[0] in TV_WORDS):
        tv.append(w.pop(0))
    return " ".join(tv), " ".join(w)


def make_initials(first, origin):
    parts = re.split(r"[- ]", first)
    ini = "".join(p[0].upper() + "." for p in parts if p)
    if origin in ("nl", "fy", "de", "be", "en") and len(parts) == 1 and R.random() < 0.45:
        ini += "".join(R.choice("ACEGHJMPRW") + "." for _ in range(R.choice([1, 1, 2])))
    return ini


def rand_date(year=2026, weekend_ok=False):
    d0 = datetime.date(year, 1, 5)
    while True:
        dt = d0 + datetime.timedelta(days=R.randint(0, 350))
        if weekend_ok or dt.weekday() < 5 or R.random() < 0.08:
            return dt


def fmt_date(dt, style):
    wd, m = WEEKDAYS[dt.weekday()], MONTHS[dt.month - 1]
    return {
        "wdm": f"{wd} {dt.day} {m}",
        "wdmy": f"{wd} {dt.day} {m} {dt.year}",
        "dm": f"{dt.day} {m}",
        "dmy": f"{dt.day} {m} {dt.year}",
        "num": f"{dt.day:02d}-{dt.month:02d}-{dt.year}",
        "short": f"{wd[:2]} {dt.day} {m[:3]}",
        "Wdm": f"{cap1(wd)} {dt.day} {m}",
    }[style]


PC_LET = "ABCDEGHJKLMNPRSTVWXZ"
PLATE_LET = "BDFGHJKLNPRSTVXZ"
PLATE_PAT = ["XX-99-99", "99-99-XX", "99-XX-99", "XX-99-XX", "XX-XX-99", "99-XX-XX", "99-XXX-9", "9-XXX-99",
             "XX-999-X", "X-999-XX", "XXX-99-X", "X-99-XXX", "9-XX-999", "999-XX-9"]
NL_AREA2 = ["010", "013", "015", "020", "023", "024", "026", "030", "033", "035", "036", "038", "040", "043", "045",
            "046", "050", "053", "055", "058", "070", "071", "072", "073", "076", "077", "078", "079"]
NL_AREA3 = ["0111", "0113", "0164", "0172", "0180", "0222", "0223", "0227", "0229", "0251", "0252", "0255", "0294",
            "0297", "0299", "0313", "0314", "0318", "0320", "0341", "0343", "0345", "0348", "0411", "0413", "0416",
            "0475", "0478", "0485", "0492", "0495", "0499", "0511", "0512", "0513", "0515", "0521", "0523", "0527",
            "0541", "0543", "0544", "0546", "0548", "0561", "0566", "0570", "0572", "0575", "0591", "0592", "0594",
            "0595", "0597", "0599"]
BANKS = ["ABNA", "INGB", "RABO", "TRIO", "SNSB", "ASNB", "KNAB", "BUNQ", "RBRB", "FVLB", "REVO"]


def iban_check(cc, bban):
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return 98 - int(num) % 97


def digits(n):
    return "".join(R.choice(string.digits) for _ in range(n))


def gen_bsn():
    while True:
        d = [R.randint(0, 9) for _ in range(8)]
        if d[0] == 0 and R.random() < 0.8:
            continue
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        last = s % 11
        if last <= 9:
            b = "".join(map(str, d)) + str(last)
            if int(b) > 10000000 and b != "000000000":
                return b


def luhn_complete(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    tot = 0
    for i, c in enumerate(reversed(body)):
        x = int(c)
        if i % 2 == 0:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return body + str((10 - tot % 10) % 10)


def luhn_ok(n):
    tot = 0
    for i, c in enumerate(reversed(n)):
        x = int(c)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def bsn_ok(b):
    d = list(map(int, b))
    return len(d) == 9 and (sum(x * w for x, w in zip(d[:8], range(9, 1, -1))) - d[8]) % 11 == 0


def iban_ok(i):
    i = i.replace(" ", "")
    return int("".join(str(int(c, 36)) for c in i[4:] + i[:4])) % 97 == 1


class Doc:
    def __init__(self, wb):
        self.wb = wb
        self.mask, self.block, self.keep = [], [], []
        self.people = []
        self.first_used, self.last_used = set(), set()
        self.places_used = set()

    def c(self, *opts):
        return R.choice(opts)

    def pick(self, *funcs):
        return R.choice(funcs)()

    def chance(self, p):
        return R.random() < p

    # ---- recording
    def _m(self, lab, v):
        if [lab, v] not in self.mask:
            self.mask.append([lab, v])
        return MS + v + ME

    def k(self, v):
        if v not in self.keep:
            self.keep.append(v)
        return v

    def blk(self, r):
        if r not in self.block:
            self.block.append(r)

    # ---- persons
    def person(self, origin=None, g=None):
        for _ in range(200):
            o = origin or R.choices(list(ORIGIN_W), weights=list(ORIGIN_W.values()))[0]
            if isinstance(o, (list, tuple)):
                o = R.choice(o)
            males, females, surs = ORIGINS[o]
            gg = g or R.choice("mf")
            first = R.choice(males if gg == "m" else females)
            s = R.choice(surs)
            tv, last = split_surname(s) if o in ("nl", "fy") else ("", s)
            if o == "nl" and R.random() < 0.07:  # double surname
                tv2, last2 = split_surname(R.choice(surs))
                last = last + "-" + ((tv2 + " ") if tv2 else "") + last2
            if first in self.first_used or last in self.last_used:
                continue
            toks = set(re.findall(r"[^\W\d_][\w'’-]*", first + " " + last))
            if any(t in p.tokens() or any(t in x or x in t for x in p.tokens()) for p in self.people for t in toks):
                continue
            p = Person(first, tv, last, gg, o, make_initials(first, o))
            self.first_used.add(first)
            self.last_used.add(last)
            self.people.append(p)
            return p
        raise RuntimeError("no person")

    def N(self, p):
        return self._m("PERSOON", p.full)

    def F(self, p):
        return self._m("PERSOON", p.first)

    def I(self, p, one=False):
        ini = p.inits.split(".")[0] + "." if one else p.inits
        return self._m("PERSOON", f"{ini} {p.surname}")

    def S(self, p):
        return self._m("PERSOON", p.formal)

    def SC(self, p):  # "De Vries, Jan"
        return self._m("PERSOON", f"{p.formal}, {p.first}")

    def SI(self, p):  # "De Vries, J.P."
        return self._m("PERSOON", f"{p.formal}, {p.inits}")

    def U(self, p):  # "DE VRIES, J.P."
        return self._m("PERSOON", f"{p.formal.upper()}, {p.inits}")

    def UP(self, p):  # "JAN DE VRIES"
        return self._m("PERSOON", p.full.upper())

    def L(self, p):
        return self._m("PERSOON", ascii_fold(p.first).lower() if R.random() < 0.3 else p.first.lower())

    def Lf(self, p):  # lowercase first name, no folding
        return self._m("PERSOON", p.first.lower())

    def NICK(self, p):
        return self._m("PERSOON", NICK.get(p.first, p.first.lower()))

    AB_BAD = set("AB BV NL EU OK PR TV WO CV ID VS AI HR IT OR MT ICT BTW KVK CEO CFO CTO INV NEW PEN MID HET MEI DE EN IN OP "
                 "TE AAN VAN DEN DER HAN ZIJ WIJ MAN DAG NOG ALS BIJ HEM HUN ONS OOK TOT UIT WAT WIE ZO JA NEE PIS SEX GAS TAX BHV "
                 "APK KM PC WC CC BCC RE FW NB PS MR DR ING DRS BSN PDF URL APP MAP SOS ZZP OV NS KPN AH CAO WW UWV GGD BSO KDV ZZ "
                 "AM PM HA HE HI HO NU BOS MOL KOK ROOS MAS BAS SEM TIM TON JAN KEES PIET EVA ZON REM DAK ROB LAM PAK VAT ZAK "
                 "US UW XL NO MY MBA AGE NIL NWO RMA ANO KK VV SI IH XXL SPO DSE MM GSC SP PG GO TO DO SO AN ON AT IS AS BE ME WE "
                 "HEB WEL NET MAG MET ZEG ZIE DIT DAT GEEF NAM TAK LID ANP ABN ING SNS ASN".split())

    def AB(self, p):  # staff initials: "JdV" / "MvdB" / "PS" / "PSM"
        f, l = ascii_fold(p.first), ascii_fold(p.last)
        for _ in range(6):
            if p.tv:
                ab = f[0].upper() + "".join(w[0] for w in p.tv.split() if w[0].isalpha()) + l[0].upper()
            elif R.random() < 0.4:
                ab = f[0].upper() + l[0].upper()
            else:
                parts = [x for x in re.split(r"[- ]", l) if x]
                ab = f[0].upper() + (parts[0][0] + parts[1][0] if len(parts) > 1 else l[:2]).upper()
            if ab.upper() not in self.AB_BAD and ab.isalpha():
                return self._m("PERSOON", ab)
        return self._m("PERSOON", f[0].upper() + ".".join(x[0] for x in l.split()).upper() + "X")

    def TT(self, p, title=None):  # "mr. J. de Vries": title outside the label
        title = title or R.choice(["mr.", "dr.", "ing.", "drs.", "ir.", "prof. dr."])
        return title + " " + self.I(p)

    def T(self, p, style=None):  # title word (not labelled)
        if p.g == "m":
            return style or self.c("meneer", "de heer", "dhr.")
        return style or self.c("mevrouw", "mevrouw", "mevr.")

    def Tf(self, p):  # formal: "mevrouw De Wit"
        return self.T(p) + " " + self.S(p)

    def ANY(self, p):  # some written form of a full name
        return self.c(self.N, self.N, self.N, self.I)(p)

    # ---- structured PII
    def tel(self, kind=None):
        kind = kind or R.choices(["m", "l", "be", "de", "uk"], weights=[60, 33, 3, 3, 1])[0]
        if kind == "m":
            n = digits(8)
            n = R.choice("12345678") + n[1:]
            f = R.choice(["06-{a}", "06 {b} {c}", "06-{b} {c}", "06{a}", "+31 6 {a}", "+31 (0)6 {a}", "+31612345678",
                          "0031 6 {a}", "06 {d}", "+31 6 {b} {c}", "06-{b}{c}", "0031{a6}"])
            if f == "+31612345678":
                v = "+316" + n
            else:
                v = f.format(a=n, b=n[:4], c=n[4:], d=" ".join(n[i:i + 2] for i in range(0, 8, 2)), a6="6" + n)
        elif kind == "l":
            if R.random() < 0.6:
                ac, sub = R.choice(NL_AREA2), R.choice("2345678") + digits(6)
                f = R.choice(["{ac}-{s}", "{ac} {s3} {s4}", "({ac}) {s3} {s2} {s22}", "+31 {acn} {s3} {s4}",
                              "+31 (0){acn} {s}", "{ac}-{s3} {s4}", "{ac} - {s}"])
                v = f.format(ac=ac, acn=ac[1:], s=sub, s3=sub[:3], s4=sub[3:], s2=sub[3:5], s22=sub[5:])
            else:
                ac, sub = R.choice(NL_AREA3), R.choice("2345678") + digits(5)
                f = R.choice(["{ac}-{s}", "{ac} {s2a} {s2b} {s2c}", "({ac}) {s}", "+31 {acn} {s}", "{ac}-{s3} {s3b}"])
                v = f.format(ac=ac, acn=ac[1:], s=sub, s2a=sub[:2], s2b=sub[2:4], s2c=sub[4:], s3=sub[:3], s3b=sub[3:])
        elif kind == "be":
            if R.random() < 0.6:
                n = R.choice(["470", "471", "472", "473", "475", "476", "477", "478", "479", "484", "485", "486", "487",
                              "488", "494", "495", "496", "497", "498", "499"]) + digits(6)
                f = R.choice(["+32 {p} {a} {b} {c}", "0{p} {a} {b} {c}", "0{p}/{a}.{b}.{c}", "+32 (0){p} {a}{b}{c}",
                              "0032 {p} {a} {b} {c}", "0{p} {a}{b}{c}"])
                v = f.format(p=n[:3], a=n[3:5], b=n[5:7], c=n[7:9])
            else:
                z = R.choice(["2", "3", "9", "50", "51", "56", "11", "14", "16"])
                sub = R.choice("2345678") + digits(6 if len(z) == 1 else 5)
                f = R.choice(["0{z} {s}", "+32 {z} {s}", "0{z}/{s}"])
                ss = " ".join([sub[:3], sub[3:5], sub[5:]]) if len(z) == 1 else " ".join([sub[:2], sub[2:4], sub[4:]])
                v = f.format(z=z, s=ss)
        elif kind == "de":
            v = R.choice(["+49 30 {a}", "+49 (0)211 {b}", "+49 171 {b}", "0049 221 {b}", "+49 160 {c}"]).format(
                a=digits(8), b=R.choice("2345678") + digits(6), c=R.choice("2345678") + digits(7))
        elif kind == "uk":
            v = R.choice(["+44 20 7946 {a}", "+44 7700 9{b}", "+44 161 496 {a}"]).format(a=digits(4), b=digits(5))
        else:
            raise ValueError(kind)
        return self._m("TELEFOON", v)

    def mail_of(self, p, dom=None, style=None):
        f = re.sub(r"[^a-z]", "", ascii_fold(p.first).lower())
        ln = re.sub(r"[^a-z]", "", ascii_fold(p.surname).lower())
        tvc = re.sub(r"[^a-z]", "", ascii_fold(p.tv).lower())
        lo = re.sub(r"[^a-z]", "", ascii_fold(p.last.split("-")[0]).lower())
        if dom is None:
            pool = BE_FREEMAIL if p.origin == "be" else DE_FREEMAIL if p.origin == "de" and R.random() < 0.6 else FREEMAIL
            dom = R.choice(pool)
        style = style if style is not None else R.randint(0, 8)
        local = [f"{f}.{ln}", f"{f[0]}.{ln}", f"{f}{R.randint(70, 99)}", f"{f}_{lo}", f"{f}{ln}",
                 f"{f}.{tvc}{lo}", f"{f[0]}{ln}{R.randint(1, 9)}", f"{ln}.{f}", f"{f}-{lo}"][style]
        return self._m("EMAIL", f"{local}@{dom}")

    def mail_co(self, p, dom):
        return self.mail_of(p, dom, style=R.choice([0, 1, 0, 5]))

    def mail_generic(self, dom=None):
        dom = dom or R.choice(COMPANY_DOMAINS)
        return self._m("EMAIL", R.choice(["info", "administratie", "planning", "klantenservice", "facturen", "hr",
                                           "secretariaat", "receptie"]) + "@" + dom)

    def iban(self, cc="NL", spaced=None, bank=None):
        spaced = R.random() < 0.55 if spaced is None else spaced
        if cc == "NL":
            bban = (bank or R.choice(BANKS)) + digits(10)
        elif cc == "BE":
            b10 = digits(10)
            ck = int(b10) % 97 or 97
            bban = b10 + f"{ck:02d}"
        else:  # DE
            bban = digits(18)
        ch = iban_check(cc, bban)
        v = f"{cc}{ch:02d}{bban}"
        assert iban_ok(v)
        if spaced:
            v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
        return self._m("IBAN", v)

    def bsn(self, fmt=None):
        b = gen_bsn()
        assert bsn_ok(b)
        fmt = fmt or R.choice(["plain", "plain", "dots", "space"])
        v = b if fmt == "plain" else (f"{b[:4]}.{b[4:6]}.{b[6:]}" if fmt == "dots" else f"{b[:3]} {b[3:6]} {b[6:]}")
        self.blk("BSN")
        return self._m("BSN", v)

    def pc(self, compact=None):
        while True:
            l2 = R.choice(PC_LET) + R.choice(PC_LET)
            if l2 not in ("SA", "SD", "SS"):
                break
        v = f"{R.randint(1000, 9999)}{'' if (compact if compact is not None else R.random() < 0.12) else ' '}{l2}"
        return self._m("POSTCODE", v)

    def housenr(self):
        n = str(R.choice([R.randint(1, 40), R.randint(1, 180), R.randint(1, 999)]))
        return n + R.choice(["", "", "", "", "a", "b", "A", "-II", "-2", " hs", "-1", "c", " bis", "-III", "B"])

    def street(self, be=False):
        return R.choice(BE_STREETS if be else NL_STREETS)

    def adres(self, be=False, st=None):
        st = st or self.street(be)
        if be:
            v = f"{st} {R.randint(1, 220)}" + R.choice(["", "", " bus 3", " bus 12", "/2", " bus 101"])
        else:
            v = f"{st} {self.housenr()}"
        return self._m("ADRES", v)

    def addr_place(self, be=False):
        for _ in range(50):
            pl = R.choice(list(BE_PC) if be else NL_PLACES)
            if pl not in self.places_used:
                self.places_used.add(pl)
                return pl
        return pl

    def addr_lines(self, p=None, be=False, upper_place=None, name_style=None, sep="\n"):
        """Address block: name / street nr / postcode place."""
        lines = []
        if p is not None:
            ns = name_style or self.c("N", "N", "Tf", "I", "TI")
            if ns == "N":
                lines.append(self.N(p))
            elif ns == "Tf":
                lines.append(self.c("De heer" if p.g == "m" else "Mevrouw", "Dhr." if p.g == "m" else "Mevr.") + " " + self.I(p))
            elif ns == "TI":
                lines.append(("T.a.v. ") + self.I(p))
            else:
                lines.append(self.I(p))
        lines.append(self.adres(be))
        pl = self.addr_place(be)
        up = upper_place if upper_place is not None else R.random() < 0.3
        if be:
            lines.append(f"{BE_PC[pl]} {pl.upper() if up else pl}")
        else:
            lines.append(f"{self.pc()}{self.c(' ', '  ')}{pl.upper() if up else pl}")
        return sep.join(lines)

    def dob(self):
        dt = datetime.date(R.randint(1944, 2008), R.randint(1, 12), R.randint(1, 28))
        m = MONTHS[dt.month - 1]
        v = R.choice([f"{dt.day:02d}-{dt.month:02d}-{dt.year}", f"{dt.day} {m} {dt.year}", f"{dt.year}-{dt.month:02d}-{dt.day:02d}",
                      f"{dt.day:02d}/{dt.month:02d}/{dt.year}", f"{dt.day}-{dt.month}-{dt.year}", f"{dt.day:02d}.{dt.month:02d}.{dt.year}"])
        return self._m("GEBOORTEDATUM", v)

    def plate(self, style=None):
        pat = R.choice(PLATE_PAT)
        v = "".join(R.choice(PLATE_LET) if ch == "X" else R.choice("0123456789") if ch == "9" else ch for ch in pat)
        if style == "nodash":
            v = v.replace("-", "")
        return self._m("KENTEKEN", v)

    def cc(self):
        kind = R.choice(["visa", "visa", "mc", "amex"])
        if kind == "visa":
            n = luhn_complete("4", 16)
        elif kind == "mc":
            n = luhn_complete(str(R.randint(51, 55)), 16)
        else:
            n = luhn_complete(R.choice(["34", "37"]), 15)
        assert luhn_ok(n)
        if len(n) == 16:
            v = R.choice([" ".join(n[i:i + 4] for i in range(0, 16, 4)), "-".join(n[i:i + 4] for i in range(0, 16, 4)), n])
        else:
            v = R.choice([f"{n[:4]} {n[4:10]} {n[10:]}", n])
        return self._m("CREDITCARD", v)

    def ip(self, v6=False):
        if v6:
            v = "2a02:" + ":".join(f"{R.randint(0, 65535):x}" for _ in range(3)) + "::" + f"{R.randint(1, 65535):x}"
        else:
            a = R.choice([84, 213, 145, 77, 62, 31, 94, 185, 81, 86, 89, 178, 195, 217])
            v = f"{a}.{R.randint(1, 254)}.{R.randint(0, 254)}.{R.randint(1, 254)}"
        return self._m("IP", v)

    def key(self):
        al = string.ascii_letters + string.digits
        kind = R.randint(0, 7)
        v = [lambda: "sk_live_" + "".join(R.choice(al) for _ in range(24)),
             lambda: "ghp_" + "".join(R.choice(al) for _ in range(36)),
             lambda: "AKIA" + "".join(R.choice(string.ascii_uppercase + string.digits) for _ in range(16)),
             lambda: "xoxb-" + digits(12) + "-" + digits(13) + "-" + "".join(R.choice(al) for _ in range(24)),
             lambda: "AIzaSy" + "".join(R.choice(al + "-_") for _ in range(33)),
             lambda: "glpat-" + "".join(R.choice(al) for _ in range(20)),
             lambda: "SG." + "".join(R.choice(al) for _ in range(22)) + "." + "".join(R.choice(al) for _ in range(43)),
             lambda: "sk-proj-" + "".join(R.choice(al) for _ in range(40))][kind]()
        self.blk("API_KEY")
        return self._m("API_KEY", v)

    def pw(self):
        w = R.choice(["Zomer", "Winter", "Welkom", "Fiets", "Tulp", "Amstel", "Koffie", "Voetbal", "Haring", "Molen",
                      "Dropje", "Sneeuw", "Bever", "Klompen", "Poes"])
        v = R.choice([f"{w}{R.randint(2019, 2026)}!", f"{w}#{digits(4)}", f"{w.lower()}{digits(2)}{R.choice('!?$%')}{R.choice('ABCDXYZ')}",
                      "".join(R.choice(string.ascii_letters + string.digits + "!@#$") for _ in range(12)), f"{w}_{w[::-1].lower()}{digits(2)}"])
        self.blk("PASSWORD")
        return self._m("WACHTWOORD", v)

    # ---- keep vocabulary
    def amt(self, lo=5, hi=5000, style=None):
        x = R.uniform(lo, hi)
        cents = R.random() < 0.6
        e = int(x)
        c = int(round((x - e) * 100)) % 100 if cents else 0
        es = f"{e:,}".replace(",", ".")
        style = style or R.choice(["eur_sp", "eur_sp", "eur", "EUR", "euro", "dash", "eur_sp"])
        v = {"eur_sp": f"€ {es},{c:02d}" if cents else f"€ {es}",
             "eur": f"€{es},{c:02d}" if cents else f"€{es},00",
             "EUR": f"EUR {es}" + (f",{c:02d}" if cents else ""),
             "euro": f"{e} euro",
             "dash": f"€ {es},-"}[style]
        return self.k(v)

    def date(self, style=None, dt=None):
        dt = dt or rand_date()
        return self.k(fmt_date(dt, style or R.choice(["wdm", "wdm", "dm", "wdmy", "dmy", "Wdm"])))

    def time(self):
        h, m = R.randint(8, 19), R.choice([0, 0, 15, 30, 30, 45])
        return self.k(R.choice([f"{h}:{m:02d}", f"{h:02d}:{m:02d}", f"{h}.{m:02d} uur", f"{h}:{m:02d} uur"]))

    def trange(self, sep=" en "):
        h = R.randint(8, 16)
        m = R.choice([0, 0, 15, 30, 30, 45])
        h2 = h + R.randint(1, 3)
        a = self.k(R.choice([f"{h}:{m:02d}", f"{h:02d}:{m:02d}", f"{h}.{m:02d} uur"]))
        b = self.k(R.choice([f"{h2}:{m:02d}", f"{h2:02d}:{m:02d}", f"{h2}.{m:02d} uur"]))
        return a + sep + b

    def drange(self, style="wdm", sep=" tot en met "):
        a = rand_date()
        b = a + datetime.timedelta(days=R.randint(1, 20))
        return self.date(style, a) + sep + self.date(style, b)

    def clock(self):
        if not hasattr(self, "_clk"):
            self._clk = R.randint(7 * 60, 20 * 60)
        self._clk += R.randint(0, 9)
        return f"{(self._clk // 60) % 24:02d}:{self._clk % 60:02d}"

    def wd(self):
        return self.k(R.choice(WEEKDAYS[:5]))

    def month(self):
        return self.k(R.choice(MONTHS))

    def place(self, be=False):
        for _ in range(50):
            pl = R.choice(BE_PLACES if be else NL_PLACES)
            if pl not in self.places_used:
                self.places_used.add(pl)
                return self.k(pl)
        return self.k(pl)

    def brand(self):
        return self.k(R.choice(BRANDS))

    def sw(self):
        return self.k(R.choice(SOFTWARE))

    def prod(self):
        return self.k(R.choice(PRODUCTS))

    def job(self, cap=False):
        j = R.choice(JOBS)
        return self.k(cap1(j) if cap else j)

    def hol(self):
        return self.k(R.choice(HOLIDAYS))

    def ordno(self, kind=None):
        kind = kind or R.choice(["ord", "inv", "fnr", "tick", "web", "off"])
        v = {"ord": f"ORD-2026-{R.randint(10000, 99999)}", "inv": f"INV-{R.randint(10000, 99999)}",
             "fnr": f"F2026-{R.randint(100, 9999):04d}", "tick": f"#{R.randint(10000, 999999)}",
             "web": f"{R.choice('ABCDEFGH')}{R.randint(1000000, 9999999)}", "off": f"Q-2026-{R.randint(10, 999):03d}",
             "dos": f"DOS-{R.randint(2024, 2026)}-{R.randint(1000, 9999)}", "sch": f"SCH{R.randint(100000, 999999)}",
             "wo": f"WO-{R.randint(1000, 99999)}"}[kind]
        return self.k(v)

    def company(self):
        return R.choice(COMPANIES)

    def dom(self):
        return R.choice(COMPANY_DOMAINS)
