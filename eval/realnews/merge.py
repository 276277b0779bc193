#!/usr/bin/env python3
"""Merge the annotation parts into sources.json, gold.json and checksums.sha256, and split.

usage: merge.py [--check] [--batch NAME]

Starts from the committed sources.json and gold.json, and lays over them parts/*.sources.json
and parts/*.gold.json (new articles, or a new first pass, one part per annotator;
parts/adjudicated*.gold.json, the articles annotated twice with their differences resolved,
replaces the first pass of those articles). Once merged, the parts can be removed. Writes:
- sources.json: every source with its split. The split is by outlet, made once: outlets ordered
  by the sha256 of their name go to the test part until it holds a third of the articles; the
  rest is the development part. An existing sources.json keeps its splits (new outlets are
  split by the same rule), so adding articles never moves one between parts.
- gold.json: the articles, and `events`: a pair met (held or phone) in two or more articles is one
  event when every article that dates it gives the same date and the undated ones were published
  within ten days after it; other repeated pairs are printed for a reader to decide.
- checksums.sha256 of the cached texts.
It also prints canonical names that look like one entity under two names (a shared full surface
form, or nearly equal spellings) so that the annotation can be made consistent.
--check prints the report without writing anything. --batch NAME records NAME as the `batch` of
every new article (one that has none yet), so that `scripts/quality.py --batch NAME` can score the
batch apart.
"""
import datetime, difflib, hashlib, itertools, json, os, re, sys, unicodedata
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
GROUPS = ("persons", "countries", "orgs", "places")


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower().replace("\u2019", "'")
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"[-\u2010-\u2015_.']", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def load():
    """The committed set (sources.json, gold.json), with the parts laid over it."""
    sources, articles = {}, {}
    if os.path.exists(os.path.join(HERE, "sources.json")):
        sources = {s["id"]: s for s in json.load(open(os.path.join(HERE, "sources.json"), encoding="utf-8"))["articles"]}
        articles = json.load(open(os.path.join(HERE, "gold.json"), encoding="utf-8"))["articles"]
    folder = os.path.join(HERE, "parts")
    names = sorted(os.listdir(folder)) if os.path.isdir(folder) else []
    seen = set()
    for name in names:
        path = os.path.join(folder, name)
        if name.endswith(".sources.json"):
            for s in json.load(open(path, encoding="utf-8")):
                sources[s["id"]] = dict(sources.get(s["id"], {}), **s)
        elif name.endswith(".gold.json") and not name.startswith("adjudicated"):
            for aid, art in json.load(open(path, encoding="utf-8"))["articles"].items():
                if aid in seen:
                    sys.exit(f"merge.py: {aid} is annotated in two parts")
                seen.add(aid)
                articles[aid] = art
    # the articles annotated twice, with the differences between the passes resolved
    for name in names:
        if name.startswith("adjudicated") and name.endswith(".gold.json"):
            for aid, art in json.load(open(os.path.join(folder, name), encoding="utf-8"))["articles"].items():
                articles[aid] = art
    return list(sources.values()), articles


def split(sources, previous):
    fixed = {s["id"]: s["split"] for s in previous}
    for s in sources:
        if s["id"] in fixed:
            s["split"] = fixed[s["id"]]
    outlet_split = {s["outlet"]: s["split"] for s in sources if "split" in s}
    target = len(sources) / 3
    in_test = sum(1 for s in sources if outlet_split.get(s["outlet"]) == "test")
    counts = defaultdict(int)
    for s in sources:
        counts[s["outlet"]] += 1
    for o in sorted(counts, key=lambda o: hashlib.sha256(o.encode()).hexdigest()):
        if o in outlet_split:
            continue
        outlet_split[o] = "test" if in_test < target else "dev"
        in_test += counts[o] if outlet_split[o] == "test" else 0
    for s in sources:
        s["split"] = outlet_split[s["outlet"]]


def events(articles, published):
    occ = defaultdict(list)
    for aid, art in articles.items():
        for m in art.get("meetings", []):
            if m.get("status") in ("held", "phone"):
                occ[frozenset(m["participants"])].append((aid, m))
    out, review = [], []
    for pair, ms in sorted(occ.items(), key=lambda kv: sorted(kv[0])):
        if len({aid for aid, _ in ms}) < 2:
            continue
        dates = {m["date"] for _, m in ms if m.get("date")}
        ok = len(dates) == 1
        if ok:
            d = next(iter(dates))
            for aid, m in ms:
                if not m.get("date"):
                    p = published.get(aid)
                    day = d if len(d) == 10 else None
                    if not (p and day and 0 <= (datetime.date.fromisoformat(p) - datetime.date.fromisoformat(day)).days <= 10):
                        ok = False
        if ok and not any(m.get("optional") or m.get("uncertain") for _, m in ms):
            places = [m.get("place") for _, m in ms if m.get("place")]
            out.append({"participants": sorted(pair), "date": next(iter(dates)),
                        "place": max(set(places), key=places.count) if places else None,
                        "sources": sorted({aid for aid, _ in ms})})
        else:
            review.append(f"pair {sorted(pair)} in {len(ms)} reports: " +
                          ", ".join(f"{aid} {m.get('date')}" for aid, m in ms))
    return out, review


def consistency(articles):
    report = []
    for g in GROUPS:
        forms = defaultdict(set)
        names = set()
        for art in articles.values():
            for e in art.get(g, []):
                names.add(e["name"])
                for f in [e["name"]] + e.get("surface", []):
                    if g != "persons" or len(norm(f).split()) >= 2:
                        forms[norm(f)].add(e["name"])
        for f, cs in sorted(forms.items()):
            if len(cs) > 1:
                report.append(f"{g}: form {f!r} names {sorted(cs)}")
        ns = sorted(names)
        for a, b in itertools.combinations(ns, 2):
            if len(a) >= 6 and difflib.SequenceMatcher(None, norm(a), norm(b)).ratio() >= 0.86:
                report.append(f"{g}: {a!r} and {b!r} look alike")
    # one name in two groups across the set
    group_of = defaultdict(set)
    for art in articles.values():
        for g in GROUPS:
            for e in art.get(g, []):
                group_of[e["name"]].add(g)
    report += [f"{n!r} is in {sorted(gs)}" for n, gs in sorted(group_of.items()) if len(gs) > 1]
    return report


def main():
    check = "--check" in sys.argv
    batch = sys.argv[sys.argv.index("--batch") + 1] if "--batch" in sys.argv[:-1] else None
    sources, articles = load()
    for s in sources:
        if batch and "batch" not in s:
            s["batch"] = batch
    missing = [s["id"] for s in sources if s["id"] not in articles]
    extra = [a for a in articles if a not in {s["id"] for s in sources}]
    for m in missing:
        print(f"merge.py: {m} is saved but not annotated; left out")
    for x in extra:
        print(f"merge.py: {x} is annotated but has no source; left out")
    sources = [s for s in sources if s["id"] in articles]
    articles = {a: v for a, v in articles.items() if a in {s["id"] for s in sources}}
    prev_path = os.path.join(HERE, "sources.json")
    previous = json.load(open(prev_path, encoding="utf-8"))["articles"] if os.path.exists(prev_path) else []
    split(sources, previous)
    published = {a: v.get("published") for a, v in articles.items()}
    for s in sources:  # the annotation's date was read from the text by a person: it wins
        s["published"] = published[s["id"]] or s.get("published")
    evs, review = events(articles, published)
    for line in consistency(articles):
        print("consistency: " + line)
    for line in review:
        print("events: review " + line)
    n_out = len({s["outlet"] for s in sources})
    by = defaultdict(int)
    for s in sources:
        by[s["split"]] += 1
    print(f"merge.py: {len(sources)} articles, {n_out} outlets, {dict(by)}, {len(evs)} events")
    if check:
        return
    sources.sort(key=lambda s: s["id"])
    # Every checksum first, so that nothing is written when one is missing. A text absent from
    # the cache (a clone whose cache was restored in part) keeps its recorded checksum.
    recorded = {}
    with open(os.path.join(HERE, "checksums.sha256"), encoding="utf-8") as f:
        for line in f:
            digest, name = line.split()
            recorded[os.path.basename(name)[:-4]] = digest
    sums = []
    for s in sources:
        path = os.path.join(HERE, "cache", s["id"] + ".txt")
        if os.path.exists(path):
            digest = hashlib.sha256(open(path, "rb").read()).hexdigest()
        elif s["id"] in recorded:
            digest = recorded[s["id"]]
        else:
            sys.exit(f"merge.py: {s['id']} has no text in cache/ and no recorded checksum; nothing written")
        sums.append(f"{digest}  cache/{s['id']}.txt\n")
    with open(prev_path, "w", encoding="utf-8") as f:
        json.dump({"about": "Sources of the real-news development set; texts are fetched into cache/ "
                            "as README.md says. split: dev (read freely) or test (locked).",
                   "articles": sources}, f, indent=1, ensure_ascii=False)
        f.write("\n")
    gold = {"about": "Hand annotation of the real-news set (conventions: README.md). Entries with "
                     "\"optional\": true are neither required nor errors when found. Meetings carry "
                     "`at`, the offset of their sentence in the cached text.",
            "articles": {a: articles[a] for a in sorted(articles)}, "events": evs}
    with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, indent=1, ensure_ascii=False)
        f.write("\n")
    with open(os.path.join(HERE, "checksums.sha256"), "w") as f:
        f.writelines(sums)


if __name__ == "__main__":
    main()
