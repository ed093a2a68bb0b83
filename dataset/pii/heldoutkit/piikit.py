#!/usr/bin/env python3
"""Writer's kit for labelled CRM messages.

  piikit.py gen inn10|inn12|snils|ogrn|ogrnip|bik|card [PREFIX]|account BIK [PREFIX5]  -> valid random identifiers
  piikit.py bad inn10|inn12|snils|ogrn|card                                         -> look-alikes with WRONG check digits
  piikit.py check DIGITS                                                             -> which checksums the digits pass
  piikit.py build N SRC OUT                                                          -> markup file -> JSONL with spans, plus checks
"""
import json, random, re, sys, collections

def w(d, ws): return sum(int(d[i]) * k for i, k in enumerate(ws))
I10 = [2,4,10,3,5,9,4,6,8]; I11 = [7,2,4,10,3,5,9,4,6,8]; I12 = [3,7,2,4,10,3,5,9,4,6,8]
def inn_ok(d):
    if not d.isdigit(): return False
    if len(d) == 10: return str(w(d, I10) % 11 % 10) == d[9]
    if len(d) == 12: return str(w(d, I11) % 11 % 10) == d[10] and str(w(d, I12) % 11 % 10) == d[11]
    return False
def snils_ctl(b): return sum(int(b[i]) * (9 - i) for i in range(9)) % 101 % 100
def snils_ok(d): return len(d) == 11 and d.isdigit() and d[:9] > "001001998" and snils_ctl(d[:9]) == int(d[9:])
def ogrn_ok(d):
    if not d.isdigit(): return False
    if len(d) == 13 and d[0] in "15": return str(int(d[:12]) % 11 % 10) == d[12]
    if len(d) == 15 and d[0] == "3": return str(int(d[:14]) % 13 % 10) == d[14]
    return False
def luhn_ok(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2: x = x * 2 - 9 if x > 4 else x * 2
        s += x
    return s % 10 == 0
def luhn_digit(body):
    for c in "0123456789":
        if luhn_ok(body + c): return c
def acc_ok(acc, bik):
    if len(acc) != 20 or len(bik) != 9: return False
    pre = "0" + bik[4:6] if acc.startswith("30101") else bik[6:9]
    s = pre + acc
    return sum(int(s[i]) * [7,1,3][i % 3] % 10 for i in range(23)) % 10 == 0
R = random.SystemRandom()
def digits(n): return "".join(R.choice("0123456789") for _ in range(n))
def gen(kind, arg=None, arg2=None):
    while True:
        if kind == "inn10":
            d = R.choice("123456789") + digits(8); d += str(w(d, I10) % 11 % 10)
        elif kind == "inn12":
            d = R.choice("123456789") + digits(9); d += str(w(d, I11) % 11 % 10); d += str(w(d, I12) % 11 % 10)
        elif kind == "snils":
            b = digits(9)
            if b <= "001001998": continue
            d = b + "%02d" % snils_ctl(b)
        elif kind == "ogrn":
            b = R.choice("15") + digits(11); d = b + str(int(b) % 11 % 10)
        elif kind == "ogrnip":
            b = "3" + digits(13); d = b + str(int(b) % 13 % 10)
        elif kind == "bik":
            d = "04" + digits(5) + R.choice(["3", "5", "6", "7", "8"]) + R.choice("0123456789")
        elif kind == "card":
            p = arg or R.choice(["4", "51", "53", "55", "2200", "2202", "2204", "2221"])
            b = p + digits(15 - len(p)); d = b + luhn_digit(b)
        elif kind == "account":
            bik = arg; p = arg2 or R.choice(["40817810", "40702810", "40802810", "42301810"])
            body = p + digits(20 - len(p))
            # fix the control key (position 9, index 8)
            for c in "0123456789":
                cand = body[:8] + c + body[9:]
                if acc_ok(cand, bik):
                    return cand
            continue
        else:
            sys.exit("unknown kind " + kind)
        return d
def bad(kind):
    d = gen(kind)
    ok = {"inn10": inn_ok, "inn12": inn_ok, "snils": snils_ok, "ogrn": ogrn_ok, "card": lambda x: luhn_ok(x)}[kind]
    while True:
        x = d[:-1] + R.choice("0123456789")
        if not ok(x): return x
def check(d):
    d = re.sub(r"\D", "", d); out = []
    if inn_ok(d): out.append("INN")
    if snils_ok(d): out.append("SNILS")
    if ogrn_ok(d): out.append("OGRN/OGRNIP")
    if 13 <= len(d) <= 19 and luhn_ok(d): out.append("Luhn(card)")
    return out

TYPES = ["PERSON","PHONE","EMAIL","CARD","INN","SNILS","OGRN","PASSPORT","BANK_ACCOUNT","ADDRESS","IP"]
MARK = re.compile(r"⟦([A-Z_]+)\|(.*?)⟧", re.S)
def build(n, src, out):
    raw = open(src, encoding="utf-8").read()
    parts = re.split(r"^### +(\S+) +(ru|en) *$", raw, flags=re.M)
    if parts[0].strip(): print("WARNING: text before the first ### header is ignored")
    recs, ids, problems, warns = [], set(), [], []
    for k in range(1, len(parts), 3):
        mid, lang, body = parts[k], parts[k+1], parts[k+2].strip("\n")
        if mid in ids: problems.append(f"{mid}: duplicate id")
        ids.add(mid)
        text, spans, pos = [], [], 0
        cp = 0
        for m in MARK.finditer(body):
            pre = body[pos:m.start()]; text.append(pre); cp += len(pre)
            typ, val = m.group(1), m.group(2)
            if typ not in TYPES: problems.append(f"{mid}: unknown type {typ}")
            if val != val.strip() or not val: problems.append(f"{mid}: span {val!r} has edge spaces or is empty")
            spans.append({"type": typ, "start": cp, "end": cp + len(val)})
            text.append(val); cp += len(val); pos = m.end()
            dg = re.sub(r"\D", "", val)
            if typ == "INN" and not inn_ok(dg): problems.append(f"{mid}: INN {val} fails its check digits")
            if typ == "SNILS" and not snils_ok(dg): problems.append(f"{mid}: SNILS {val} fails its check digits")
            if typ == "OGRN" and not ogrn_ok(dg): problems.append(f"{mid}: OGRN {val} fails its check digit")
            if typ == "CARD" and not luhn_ok(dg): problems.append(f"{mid}: CARD {val} fails Luhn")
        text.append(body[pos:]); t = "".join(text)
        if "⟦" in t or "⟧" in t: problems.append(f"{mid}: stray ⟦ or ⟧ (broken markup)")
        for sp in spans:
            if sp["type"] == "BANK_ACCOUNT":
                acc = re.sub(r"\D", "", t[sp["start"]:sp["end"]])
                biks = re.findall(r"(?<!\d)04\d{7}(?!\d)", t)
                if len(acc) == 20 and biks and not any(acc_ok(acc, b) for b in biks):
                    problems.append(f"{mid}: account {acc} fails the control key with the BIK(s) {biks} in the same message")
        def inside(a, b): return any(s["start"] <= a and b <= s["end"] for s in spans)
        for m in re.finditer(r"(?<![\d.])\d[\d -]{8,22}\d(?![\d.])", t):
            d = re.sub(r"\D", "", m.group())
            if inside(m.start(), m.end()): continue
            c = check(d)
            if c and len(d) in (10, 11, 12, 13, 15, 16):
                warns.append(f"{mid}: unlabelled {m.group()!r} passes {c}: fine only if it is meant as a non-personal number")
        recs.append({"id": mid, "lang": lang, "text": t, "spans": spans})
    with open(out, "w", encoding="utf-8") as f:
        for r in recs: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    c = collections.Counter(s["type"] for r in recs for s in r["spans"])
    lang = collections.Counter(r["lang"] for r in recs)
    print(f"{len(recs)} messages ({lang['ru']} ru, {lang['en']} en), {sum(1 for r in recs if not r['spans'])} without PII, {sum(c.values())} spans")
    print("  " + ", ".join(f"{t} {c[t]}" for t in TYPES))
    missing = [t for t in TYPES if c[t] == 0]
    if missing: problems.append("no spans of type " + ", ".join(missing))
    for w_ in warns: print("WARNING", w_)
    for p in problems: print("PROBLEM", p)
    if not problems: print("OK: no problems found")
if __name__ == "__main__":
    a = sys.argv[1:]
    if not a: sys.exit(__doc__)
    if a[0] == "gen": print(gen(a[1], a[2] if len(a) > 2 else None, a[3] if len(a) > 3 else None))
    elif a[0] == "bad": print(bad(a[1]))
    elif a[0] == "check": print(check(a[1]) or "passes no checksum")
    elif a[0] == "build": build(*a[1:4])
    else: sys.exit(__doc__)
