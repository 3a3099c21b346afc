#!/usr/bin/env python3
"""Generate h3.jsonl (next to this script): an independent labelled test corpus for a Dutch PII anonymizer.

Standard library only. Fixed seed. Helper modules next to this file:
  pools3.py (hand-written name/street/vocabulary pools), core3.py (PII generators with valid checksums,
  the Doc recorder), tpl_a.py / tpl_b.py / tpl_c.py (document templates).
Every labelled value is wrapped in \\x01...\\x02 markers while a document is built; a simulated perfect
anonymizer (remove exactly the marked spans) is then used to reject documents whose labels are inconsistent
(value also occurring unmarked, a name token surviving elsewhere, a keep value destroyed by a mask).
"""
import json
import os
import re
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import core3  # noqa: E402
from core3 import MS, ME  # noqa: E402
from tpl_d import TEMPLATES  # noqa: E402

SEED = 20260303
N_DOCS = 1500
BLOCK_RATE = 0.25
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "h3.jsonl")
TOKEN_RE = re.compile(r"[^\W\d_][\w'’-]*")
INTERFIX = {"van", "de", "der", "den", "ter", "ten", "het", "la", "in", "'t", "von", "da", "du", "le", "el"}
DERIVED = {"BSN": "BSN", "WACHTWOORD": "PASSWORD", "API_KEY": "API_KEY"}


def tokens(label, value):
    if label not in ("PERSOON", "ADRES"):
        return []
    return [t for t in TOKEN_RE.findall(value) if len(t) >= 4 and t.lower() not in INTERFIX]


class Reject(Exception):
    pass


def finalize(d, raw):
    if raw.count(MS) != raw.count(ME) or re.search(MS + "[^" + ME + "]*" + MS, raw):
        raise Reject("nested/unbalanced markers")
    text = raw.replace(MS, "").replace(ME, "")
    present = set(re.findall(MS + "([^" + ME + "]*)" + ME, raw))
    mask = [m for m in d.mask if m[1] in present]
    labelled = {m[1] for m in mask}
    if present - labelled:
        raise Reject("unlabelled marked value")
    labels = {m[0] for m in mask}
    block = [b for b in d.block if b not in DERIVED.values()]
    block += [r for l, r in DERIVED.items() if l in labels]
    sim = re.sub(MS + "[^" + ME + "]*" + ME, "[X]", raw)
    keep = [k for k in d.keep if k and k in text]
    for lab, v in mask:
        if not v.strip() or v != v.strip():
            raise Reject(f"bad value {v!r}")
        if v in sim:
            raise Reject(f"value occurs unmarked: {lab} {v!r}")
        for t in tokens(lab, v):
            if re.search(r"(?<![\w])" + re.escape(t) + r"(?![\w])", sim):
                raise Reject(f"token survives: {t!r} of {v!r}")
    for k in keep:
        if k not in sim:
            raise Reject(f"keep destroyed: {k!r}")
    if "{" in text or "}" in text:
        raise Reject("unformatted brace")
    return text, mask, sorted(block), keep


def main():
    core3.R.seed(SEED)
    R = core3.R
    docs, rejects, used = [], Counter(), Counter()
    while len(docs) < N_DOCS:
        wb = R.random() < BLOCK_RATE
        kinds = ("block", "both") if wb else ("clean", "both")
        cands = [t for t in TEMPLATES if t[1] in kinds]
        # prefer the least used templates a little, so every template is represented
        name, kind, fn = min(R.sample(cands, 3), key=lambda t: used[t[0]])
        for attempt in range(40):
            d = core3.Doc(wb)
            try:
                raw = fn(d)
                text, mask, block, keep = finalize(d, raw)
                if bool(block) != wb:
                    raise Reject("block mismatch")
            except (Reject, RuntimeError) as e:
                rejects[(name, str(e)[:60])] += 1
                continue
            used[name] += 1
            docs.append({"id": f"h3-{len(docs)}", "text": text, "mask": mask, "block": block, "keep": keep, "kind": name})
            break
        else:
            print("template keeps failing:", name, file=sys.stderr)
    with open(OUT, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    nb = sum(1 for d in docs if d["block"])
    print(f"wrote {len(docs)} docs to {OUT}; blocked {nb} ({100 * nb / len(docs):.1f}%); templates used {len(used)}/{len(TEMPLATES)}")
    if "-v" in sys.argv:
        for k, v in rejects.most_common(40):
            print(v, k)
        print(sorted(used.items(), key=lambda x: x[1])[:10])


if __name__ == "__main__":
    main()
