#!/usr/bin/env python3
"""Check the real-news set: the committed files agree, no url is reserved, the cache is intact.

usage: verify.py [--quiet] [--strict]

- sources.json and gold.json list the same articles; every source has a split;
- no url is reported by ../shared/eval/excluded.py (checked when ../shared is present);
- every cached text matches checksums.sha256 (checked when cache/ is present; an absent text is
  a note, not an error, so a clone without the cache passes);
- scripts/check-gold.py accepts gold.json against the cached texts (when they are all present).
--quiet prints only problems and notes; --strict also fails when texts are missing.
Exit status 1 when anything is wrong.
"""
import hashlib, json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
EXCLUDED = os.path.join(os.path.dirname(ROOT), "shared", "eval", "excluded.py")
quiet, strict = "--quiet" in sys.argv, "--strict" in sys.argv
problems, notes = [], []

sources = json.load(open(os.path.join(HERE, "sources.json"), encoding="utf-8"))["articles"]
gold = json.load(open(os.path.join(HERE, "gold.json"), encoding="utf-8"))
ids = [s["id"] for s in sources]
if len(set(ids)) != len(ids):
    problems.append("sources.json lists an id twice")
if set(ids) != set(gold["articles"]):
    problems.append(f"sources.json and gold.json disagree on {sorted(set(ids) ^ set(gold['articles']))[:5]}")
for s in sources:
    if s.get("split") not in ("dev", "test"):
        problems.append(f"{s['id']}: no split")
if os.path.exists(EXCLUDED):
    r = subprocess.run([sys.executable, EXCLUDED, *[s["url"] for s in sources]], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append("reserved pages in the set (remove them): " + " ".join(r.stdout.split()))
else:
    notes.append("../shared/eval/excluded.py is absent: urls not checked")

sums = {}
for line in open(os.path.join(HERE, "checksums.sha256"), encoding="utf-8"):
    digest, name = line.split()
    sums[os.path.basename(name)[:-4]] = digest
missing = []
for i in ids:
    path = os.path.join(HERE, "cache", i + ".txt")
    if i not in sums:
        problems.append(f"{i}: no checksum")
    elif not os.path.exists(path):
        missing.append(i)
    elif hashlib.sha256(open(path, "rb").read()).hexdigest() != sums[i]:
        problems.append(f"cache/{i}.txt does not match its checksum: the page changed; re-annotate or drop it")
if missing:
    (problems if strict else notes).append(
        f"{len(missing)} of {len(ids)} texts are not in eval/realnews/cache (see README: fetch procedure)")
else:
    with tempfile.TemporaryDirectory() as tmp:
        for i in ids:
            os.symlink(os.path.join(HERE, "cache", i + ".txt"), os.path.join(tmp, i + ".txt"))
        r = subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "check-gold.py"),
                            os.path.join(HERE, "gold.json"), tmp], capture_output=True, text=True)
        if r.returncode != 0:
            problems += [l for l in r.stdout.splitlines() if ": error: " in l]

for n in notes:
    print(f"realnews: note: {n}")
for p in problems:
    print(f"realnews: error: {p}")
if not quiet:
    by = {"dev": 0, "test": 0}
    for s in sources:
        by[s["split"]] = by.get(s["split"], 0) + 1
    print(f"realnews: {len(ids)} articles ({by['dev']} dev, {by['test']} test) from "
          f"{len({s['outlet'] for s in sources})} outlets; {len(problems)} problems")
sys.exit(1 if problems else 0)
