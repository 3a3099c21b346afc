#!/usr/bin/env python3
"""Run the anonymizer on h3.jsonl and write fail3.txt: per category the leaked mask values (with 80 chars of
context from the ANONYMIZED output), word leaks of names/addresses, false blocks, missed blocks, changed keeps.

Usage: fail3.py [--anonymize 'CMD'] [CORPUS] [OUT]
"""
import argparse
import json
import os
import re
import subprocess
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ap = argparse.ArgumentParser()
ap.add_argument("corpus", nargs="?", default=os.path.join(HERE, "h3.jsonl"))
ap.add_argument("out", nargs="?", default=os.path.join(HERE, "fail3.txt"))
ap.add_argument("--anonymize", default="target/release/veilig anonymize --jsonl")
a = ap.parse_args()

docs = [json.loads(l) for l in open(a.corpus, encoding="utf-8") if l.strip()]
inp = "".join(json.dumps({"id": d["id"], "text": d["text"]}, ensure_ascii=False) + "\n" for d in docs)
p = subprocess.run(a.anonymize, shell=True, input=inp.encode(), capture_output=True, timeout=600)
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


def ctx(text, i, n, w=80):
    s = text[max(0, i - w):i + n + w].replace("\n", "⏎")
    return s


import sys
sys.path.insert(0, HERE)
try:
    import pools3 as P
    PLACES = set(P.NL_PLACES) | set(P.BE_PLACES)
    PRODUCTS, SOFTWARE, BRANDS = set(P.PRODUCTS), set(P.SOFTWARE), set(P.BRANDS)
    HOLIDAYS = set(P.HOLIDAYS)
    JOBS = {j.lower() for j in P.JOBS}
except Exception:
    PLACES = PRODUCTS = SOFTWARE = BRANDS = HOLIDAYS = JOBS = set()


def name_form(v):
    if re.fullmatch(r"[A-Z][a-z]?[a-z]*[A-Z]|[A-Z]{2,3}|[A-Z][a-z]{1,3}[A-Z]", v):
        return "staff initials code (JdV/PS/PSM)"
    if v == v.lower():
        return "lowercase first name/nickname (chat)"
    if re.fullmatch(r"[^,]+, (?:[A-Z]\.)+", v):
        return "UPPER, I. header" if v.split(",")[0].isupper() else "Surname, I. (mail header)"
    if re.fullmatch(r"[^,]+, [^,]+", v):
        return "Surname, Firstname (Teams/ledenlijst)"
    if re.fullmatch(r"(?:[A-Z]\.)+ .+", v):
        return "initials + surname"
    if " " not in v and "-" not in v[1:]:
        return "single token (first name or surname alone)"
    if v.isupper():
        return "FULL NAME UPPERCASE"
    return "full name"


def keep_type(v):
    if v in PLACES:
        return "place name"
    if v in PRODUCTS:
        return "product name"
    if v in SOFTWARE:
        return "software name"
    if v in BRANDS:
        return "brand/shop name"
    if v in HOLIDAYS:
        return "holiday name"
    if v.lower() in JOBS:
        return "job title"
    if re.search(r"€|EUR|euro", v):
        return "amount"
    if re.search(r"\d", v):
        return "date/time/number"
    return "tricky phrase / capitalised word"


patterns = defaultdict(list)
leaks = defaultdict(list)
wordleaks = defaultdict(list)
false_blocks, missed_blocks, keeps = [], [], []
by_kind = defaultdict(Counter)
for d in docs:
    o = outs.get(d["id"])
    if o is None:
        missed_blocks.append((d, "NO OUTPUT"))
        continue
    blocked = bool(o.get("blocked"))
    kind = d.get("kind", "?")
    if d["block"] and not blocked:
        missed_blocks.append((d, ""))
        patterns[f"missed block {d['block']} [{kind}]"].append(f"{d['id']} {d['text'][:120]!r}")
        by_kind[kind]["missed_block"] += 1
    if blocked and not d["block"]:
        false_blocks.append((d, o.get("reasons")))
        patterns[f"false block {o.get('reasons')} [{kind}]"].append(f"{d['id']} {d['text'][:120]!r}")
        by_kind[kind]["false_block"] += 1
    if blocked:
        continue
    text = o.get("text", "")
    for label, value in d["mask"]:
        i = text.find(value)
        if i >= 0:
            leaks[label].append((d["id"], kind, value, ctx(text, i, len(value))))
            pat = f"leak PERSOON: {name_form(value)}" if label == "PERSOON" else f"leak {label} [{kind}]"
            patterns[pat].append(f"{d['id']} {value!r} …{ctx(text, i, len(value), 40)}…")
            by_kind[kind]["leak_" + label] += 1
            continue
        for t in tokens(label, value):
            m = re.search(r"(?<![\w])" + re.escape(t) + r"(?![\w])", text)
            if m:
                wordleaks[label].append((d["id"], kind, value, t, ctx(text, m.start(), len(t))))
                patterns[f"word leak {label} (part of value survives) [{kind}]" if label == "ADRES" else "word leak PERSOON: one name part left unmasked"].append(
                    f"{d['id']} {value!r} word {t!r} …{ctx(text, m.start(), len(t), 40)}…")
                by_kind[kind]["wordleak_" + label] += 1
                break
    for v in d["keep"]:
        if v not in text:
            # show what the keep value became: locate its neighbourhood in the anonymized text
            i = d["text"].find(v)
            c = ""
            for k in (20, 12, 6):
                before = d["text"][max(0, i - k):i]
                after = d["text"][i + len(v):i + len(v) + k]
                jb = text.find(before) if before.strip() else -1
                ja = text.find(after) if after.strip() else -1
                if jb >= 0:
                    c = ctx(text, jb + len(before), 0, 60)
                    break
                if ja >= 0:
                    c = ctx(text, ja, 0, 60)
                    break
            keeps.append((d["id"], kind, v, c))
            patterns[f"keep changed: {keep_type(v)}"].append(f"{d['id']} {v!r} …{c[30:110]}…")
            by_kind[kind]["keep"] += 1

with open(a.out, "w", encoding="utf-8") as f:
    f.write(f"# fail3.txt — {len(docs)} docs, anonymizer: {a.anonymize}\n\n")
    f.write("## SUMMARY\n")
    for label in sorted(set(leaks) | set(wordleaks)):
        f.write(f"leaked {label}: {len(leaks[label])} exact, {len(wordleaks[label])} word-only\n")
    f.write(f"false blocks: {len(false_blocks)}\nmissed blocks: {len(missed_blocks)}\nkeep values changed: {len(keeps)}\n\n")
    f.write("## TOP FAILURE PATTERNS\n")
    for n, (pat, ex) in enumerate(sorted(patterns.items(), key=lambda x: -len(x[1]))):
        f.write(f"{n + 1:>3}. {len(ex):>4}  {pat}\n")
        for e in ex[:2]:
            f.write(f"          {e}\n")
    f.write("\n## FAILURES PER TEMPLATE KIND\n")
    for kind, c in sorted(by_kind.items(), key=lambda x: -sum(x[1].values())):
        f.write(f"{kind:<26} " + ", ".join(f"{k}={v}" for k, v in c.most_common()) + "\n")
    for label in sorted(leaks):
        f.write(f"\n## LEAK {label} ({len(leaks[label])})\n")
        for i, kind, v, c in leaks[label]:
            f.write(f"{i} [{kind}] {v!r}\n    …{c}…\n")
    for label in sorted(wordleaks):
        f.write(f"\n## WORD LEAK {label} ({len(wordleaks[label])}) — full value masked or altered, but a word of it survives\n")
        for i, kind, v, t, c in wordleaks[label]:
            f.write(f"{i} [{kind}] {v!r} word {t!r}\n    …{c}…\n")
    f.write(f"\n## FALSE BLOCKS ({len(false_blocks)})\n")
    for d, r in false_blocks:
        f.write(f"{d['id']} [{d.get('kind')}] reasons={r}\n    {d['text'][:200].replace(chr(10), '⏎')}\n")
    f.write(f"\n## MISSED BLOCKS ({len(missed_blocks)})\n")
    for d, r in missed_blocks:
        f.write(f"{d['id']} [{d.get('kind')}] expected={d['block']} {r}\n    {d['text'][:200].replace(chr(10), '⏎')}\n")
    f.write(f"\n## KEEP VALUES CHANGED ({len(keeps)})\n")
    for i, kind, v, c in keeps:
        f.write(f"{i} [{kind}] {v!r}\n    …{c}…\n")
print(f"wrote {a.out}")
