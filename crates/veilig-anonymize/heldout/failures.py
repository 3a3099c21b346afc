#!/usr/bin/env python3
"""Print concrete failures of the anonymizer on the held-out corpus, per category.

Usage (from the workspace root): python3 crates/veilig-anonymize/heldout/failures.py [--max 40] [--corpus heldout.jsonl]
Runs `target/release/veilig anonymize --jsonl` (override with --anonymize) on the corpus.
"""
import argparse
import json
import os
import re
import subprocess
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ap = argparse.ArgumentParser()
ap.add_argument("--corpus", default=os.path.join(HERE, "heldout.jsonl"))
ap.add_argument("--anonymize", default="target/release/veilig anonymize --jsonl")
ap.add_argument("--max", type=int, default=40)
ap.add_argument("--ctx", type=int, default=70)
a = ap.parse_args()

docs = [json.loads(l) for l in open(a.corpus, encoding="utf-8") if l.strip()]
meta_path = a.corpus.replace(".jsonl", ".templates.json")
meta = json.load(open(meta_path)) if os.path.exists(meta_path) else {}
inp = "".join(json.dumps({"id": d["id"], "text": d["text"]}, ensure_ascii=False) + "\n" for d in docs)
p = subprocess.run(a.anonymize, shell=True, input=inp.encode(), capture_output=True)
outs = {}
for line in p.stdout.decode().splitlines():
    if line.strip():
        o = json.loads(line)
        outs[o["id"]] = o

INTERFIX = {"van", "de", "der", "den", "ter", "ten", "het", "la", "in", "'t", "von", "da", "du", "le", "el"}


def tokens(label, value):
    if label not in ("PERSOON", "ADRES"):
        return []
    return [t for t in re.findall(r"[^\W\d_][\w'’-]*", value) if len(t) >= 4 and t.lower() not in INTERFIX]


def around(text, needle, ctx=a.ctx, regex=False):
    m = re.search(needle, text) if regex else None
    i = m.start() if m else text.find(needle)
    n = (m.end() - m.start()) if m else len(needle)
    if i < 0:
        return text[:2 * ctx].replace("\n", "⏎")
    s = text[max(0, i - ctx):i] + "⟦" + text[i:i + n] + "⟧" + text[i + n:i + n + ctx]
    return s.replace("\n", "⏎")


def keep_out(orig, out, v):
    """the output around where the keep value used to be (anchored on nearby unchanged text)"""
    i = orig.find(v)
    for n in (12, 8, 5):
        left = orig[max(0, i - n):i]
        if left and left in out:
            j = out.find(left) + len(left)
            return (out[max(0, j - 40):j] + "⟦" + out[j:j + len(v) + 25] + "…").replace("\n", "⏎")
        right = orig[i + len(v):i + len(v) + n]
        if right and right in out:
            j = out.find(right)
            return (out[max(0, j - len(v) - 25):j] + "⟧" + out[j:j + 30]).replace("\n", "⏎")
    return out[:160].replace("\n", "⏎")


fails = defaultdict(list)   # category -> list of strings
for d in docs:
    o = outs.get(d["id"])
    tpl = meta.get(d["id"], "?")
    tag = f"{d['id']} [{tpl}]"
    if o is None:
        fails["MISSING OUTPUT"].append(tag)
        continue
    blocked = bool(o.get("blocked"))
    if d["block"] and not blocked:
        fails["MISSED BLOCK " + "/".join(d["block"])].append(f"{tag}: {d['text'][:220]!r}")
    if not d["block"] and blocked:
        fails["FALSE BLOCK " + "/".join(o.get("reasons", []))].append(
            f"{tag}: reasons={o.get('reasons')} text={d['text'][:220]!r}")
    if blocked:
        continue
    text = o.get("text", "")
    for label, value in d["mask"]:
        if value in text:
            fails[f"LEAK {label}"].append(f"{tag}: {value!r} … {around(text, value)}")
        else:
            for t in tokens(label, value):
                pat = r"(?<![\w])" + re.escape(t) + r"(?![\w])"
                if re.search(pat, text):
                    fails[f"WORD LEAK {label}"].append(f"{tag}: {value!r} word {t!r} … {around(text, pat, regex=True)}")
                    break
    for v in d["keep"]:
        if v not in text:
            fails["KEEP CHANGED"].append(f"{tag}: {v!r} … orig: {around(d['text'], v, 40)}\n      out: {keep_out(d['text'], text, v)}")

# ---- breakdowns ---------------------------------------------------------
import sys
sys.path.insert(0, HERE)
import gen  # noqa: E402  (name lists only, to classify keep values)

COMPANY = {c for L in (gen.COMPANIES, gen.GARAGES, gen.FYSIO, gen.MAKELAARS, gen.SHOPS, gen.RECRUIT, gen.BOOKKEEP)
           for c, _ in L} | {"Bakkerij Zuidkant B.V.", "Tuincentrum Hofzicht B.V.", "Loodgieter Snel B.V.",
                             "Kaashandel Graanstad B.V.", "Houthandel Noord", "Groothandel Kantoorpapier",
                             "Transportbedrijf Dijkzicht", "Drukwerk Direct"}


def keep_kind(v):
    if v in COMPANY:
        return "company name"
    if re.fullmatch(r"\d{8}", v):
        return "KvK number"
    if re.fullmatch(r"NL\d{9}B0\d", v):
        return "BTW id"
    if v in gen.PLACES or v.startswith("kantoor ") or v in ("Antwerpen", "Gent", "Keulen", "Düsseldorf", "Aken"):
        return "place name"
    if re.search(r"€|EUR|euro", v):
        return "amount"
    if any(w in v for w in gen.WEEKDAYS + gen.MONTHS) or re.fullmatch(r"[\d/:\- ]+", v):
        return "date/time/number"
    return "other (product, brand, word, id)"


def name_ctx(text, v):
    i = text.find(v)
    pre, post = text[max(0, i - 25):i], text[i + len(v):i + len(v) + 3]
    if v.islower():
        return "lowercase first name"
    if re.search(r"\[\d\d:\d\d\] $", pre):
        return "chat sender '[hh:mm] Name:'"
    if post.startswith("'s"):
        return "possessive Name's"
    if re.search(r"(groet|Groet|groeten|Mvg|Groetjes|Hoogachtend),?\n$", pre) or (pre.endswith("\n\n") and i + len(v) >= len(text) - 1):
        return "signature line"
    if re.search(r"(Hoi|Hallo|Beste|Goedemorgen|Dag|Hey|Welkom) $", pre):
        return "greeting"
    if re.search(r"\n- $", pre) or re.search(r"Aanwezig: [^\n]*$", pre):
        return "notes list / attendees"
    if re.search(r"(door|Monteur|Recruiter|Therapeut|chauffeur):? $", pre) or pre.endswith("— ") or pre.endswith("! "):
        return "role label / sign-off"
    return "in running text"


kt, kl = Counter(), Counter()
nt, nl_ = Counter(), Counter()
for d in docs:
    o = outs.get(d["id"])
    if not o or o.get("blocked"):
        continue
    for v in d["keep"]:
        k = keep_kind(v)
        kt[k] += 1
        kl[k] += v not in o["text"]
    for label, v in d["mask"]:
        if label == "PERSOON" and " " not in v and "." not in v:
            k = name_ctx(d["text"], v)
            nt[k] += 1
            nl_[k] += v in o["text"]
print("KEEP VALUES CHANGED, by kind")
for k in sorted(kt, key=lambda k: -kl[k]):
    print(f"  {k:<36} {kl[k]:>4} / {kt[k]:<4}")
ex = sum(kl[k] for k in ("company name", "KvK number", "BTW id"))
ext = sum(kt[k] for k in ("company name", "KvK number", "BTW id"))
tot, totl = sum(kt.values()), sum(kl.values())
print(f"  keep % all: {100 * (tot - totl) / tot:.2f}   keep % without company name/KvK/BTW: "
      f"{100 * ((tot - ext) - (totl - ex)) / (tot - ext):.2f}")
print("SINGLE-WORD PERSON NAMES LEAKED, by context")
for k in sorted(nt, key=lambda k: -nl_[k]):
    print(f"  {k:<36} {nl_[k]:>4} / {nt[k]:<4}")
print()

order = sorted(fails, key=lambda k: (-len(fails[k]), k))
print("SUMMARY")
for k in order:
    c = Counter(x.split("[", 1)[1].split("]", 1)[0] for x in fails[k] if "[" in x)
    print(f"  {k:<40} {len(fails[k]):>5}   top templates: {', '.join(f'{t}:{n}' for t, n in c.most_common(4))}")
for k in order:
    print(f"\n=== {k} ({len(fails[k])}) ===")
    for x in fails[k][:a.max]:
        print("  " + x)
