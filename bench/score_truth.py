#!/usr/bin/env python3
"""Scores `diplograph entities --json` and `meetings --json` against gen_corpus.py's ground truth.

Usage:
  python3 bench/score_truth.py --truth OUTDIR.truth.jsonl --universe OUTDIR.entities.json \
      --entities entities.json --meetings meetings.json [--examples N]

Mapping: each of our entities is mapped to a universe id by its name, then by its aliases
(first hit wins; same-type candidates are preferred), after normalising case, typographic
apostrophes and quotes, hyphens, dots and a leading "the". Country demonyms and organisation
acronyms are in the universe's spellings; person surnames alone are not (they are ambiguous).
Entities that map to nothing count as false positives of their own type.

Entities, per article: truth = the article's "entities"; ours = the mapped ids of our entities
whose "articles" contain the article id. Micro precision and recall over (article, entity),
per type (person, country, organization, place) and overall.

Meetings, per article: truth = the "meetings" pairs (kind met or call); ours = every pair of
participants of our held or phone meetings, for each source article. Micro P/R over
(article, pair). A reported pair that the truth lists only as a non-meeting (planned,
declined, did_not_meet, message, criticised) is counted by kind. Kind agreement (met = held,
call = phone) is reported over the true positives.

Prints a Markdown table and `RESULT name value unit` lines for bench/run.sh.
"""
import argparse
import json
import re
import sys
from collections import Counter, defaultdict

TYPES = {"P": "person", "C": "country", "O": "organization", "Y": "place"}


def normalise(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = s.lower().replace("'", "").replace('"', "").replace(".", "")
    s = re.sub(r"[-\u2010\u2011\u2013\u2014_,]+", " ", s)
    s = re.sub(r"\s+", " ", s).strip()
    if s.startswith("the "):
        s = s[4:]
    return s


def universe_index(universe):
    """normalised spelling -> set of universe ids."""
    index = defaultdict(set)

    def add(spelling, uid):
        if spelling:
            index[normalise(spelling)].add(uid)

    for p in universe.get("persons", []):
        add(p["name"], p["id"])
        for a in p.get("alts", []):
            add(a, p["id"])
    for c in universe.get("countries", []):
        add(c["name"], c["id"])
        for a in c.get("alts", []):
            add(a, c["id"])
        add(c.get("demonym"), c["id"])
    for o in universe.get("orgs", []):
        add(o["name"], o["id"])
        add(o.get("acronym"), o["id"])
        for a in o.get("alts", []):
            add(a, o["id"])
    for y in universe.get("cities", []):
        add(y["name"], y["id"])
        for a in y.get("alts", []):
            add(a, y["id"])
    return index


def map_entity(entity, index):
    wanted = {v: k for k, v in TYPES.items()}.get(entity.get("type"))
    spellings = [entity.get("name", "")] + list(entity.get("aliases", []))
    fallback = None
    for s in spellings:
        ids = index.get(normalise(s))
        if not ids:
            continue
        same = sorted(i for i in ids if i[0] == wanted)
        if len(same) == 1:
            return same[0]
        if fallback is None and len(ids) == 1:
            fallback = next(iter(ids))
    return fallback


def pr(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--truth", required=True)
    ap.add_argument("--universe", required=True)
    ap.add_argument("--entities", required=True)
    ap.add_argument("--meetings", required=True)
    ap.add_argument("--examples", type=int, default=0, help="print N example errors of each kind")
    args = ap.parse_args()

    truth = [json.loads(line) for line in open(args.truth, encoding="utf-8") if line.strip()]
    docs = {t["doc"] for t in truth}
    universe = json.load(open(args.universe, encoding="utf-8"))
    index = universe_index(universe)
    ours = json.load(open(args.entities, encoding="utf-8"))["entities"]
    meetings = json.load(open(args.meetings, encoding="utf-8"))["meetings"]

    # Our entities -> universe ids.
    mapped = {}
    unmapped = []
    per_uid = Counter()
    for e in ours:
        uid = map_entity(e, index)
        if uid is None:
            unmapped.append(e)
            mapped[e["id"]] = "ours:" + e["id"]
        else:
            mapped[e["id"]] = uid
            per_uid[uid] += 1
    split = sum(1 for n in per_uid.values() if n > 1)

    def type_of(uid, ours_type=None):
        if uid.startswith("ours:"):
            return ours_type or "unknown"
        return TYPES.get(uid[0], "unknown")

    ours_by_doc = defaultdict(set)
    for e in ours:
        for a in e.get("articles", []):
            if a in docs:
                ours_by_doc[a].add(mapped[e["id"]])
    ours_type_of_uid = {mapped[e["id"]]: e.get("type") for e in ours}

    counts = defaultdict(lambda: [0, 0, 0])  # type -> tp, fp, fn
    examples = defaultdict(list)
    for t in truth:
        gold = set(t["entities"])
        got = ours_by_doc.get(t["doc"], set())
        for uid in gold & got:
            counts[type_of(uid)][0] += 1
        for uid in got - gold:
            counts[type_of(uid, ours_type_of_uid.get(uid))][1] += 1
            examples["entity fp"].append((t["doc"], uid))
        for uid in gold - got:
            counts[type_of(uid)][2] += 1
            examples["entity fn"].append((t["doc"], uid))

    # Meetings.
    gold_pairs = set()
    gold_kind = {}
    non_meeting = {}
    for t in truth:
        for m in t.get("meetings", []):
            if m["kind"] in ("met", "call"):
                key = (t["doc"], frozenset((m["a"], m["b"])))
                gold_pairs.add(key)
                gold_kind[key] = m["kind"]
        for m in t.get("non_meetings", []):
            key = (t["doc"], frozenset((m["a"], m["b"])))
            non_meeting.setdefault(key, m["kind"])
    our_pairs = {}
    for m in meetings:
        if m.get("status") not in ("held", "phone"):
            continue
        ids = sorted({mapped.get(p, "ours:" + p) for p in m.get("participant_ids", [])})
        articles = sorted({s["article"] for s in m.get("sources", []) if s.get("article") in docs})
        for i in range(len(ids)):
            for j in range(i + 1, len(ids)):
                for a in articles:
                    our_pairs.setdefault((a, frozenset((ids[i], ids[j]))), m["status"])
    mtp = len(gold_pairs & our_pairs.keys())
    mfp = len(our_pairs.keys() - gold_pairs)
    mfn = len(gold_pairs - our_pairs.keys())
    fp_kinds = Counter(non_meeting[k] for k in our_pairs.keys() - gold_pairs if k in non_meeting)
    kind_ok = sum(1 for k in gold_pairs & our_pairs.keys()
                  if (gold_kind[k] == "met") == (our_pairs[k] == "held"))
    for k in sorted(our_pairs.keys() - gold_pairs, key=lambda k: (k[0], sorted(k[1])))[: args.examples]:
        examples["meeting fp"].append((k[0], "+".join(sorted(k[1])), non_meeting.get(k, "not co-mentioned as a pair")))
    for k in sorted(gold_pairs - our_pairs.keys(), key=lambda k: (k[0], sorted(k[1])))[: args.examples]:
        examples["meeting fn"].append((k[0], "+".join(sorted(k[1])), gold_kind[k]))

    print(f"Truth: {len(truth)} articles; ours: {len(ours)} entities ({len(unmapped)} unmapped, "
          f"{split} universe entities split over several of ours), {len(meetings)} meetings")
    print()
    print("| what | precision | recall | F1 | tp | fp | fn |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    total = [0, 0, 0]
    for typ in ["person", "country", "organization", "place"] + sorted(set(counts) - set(TYPES.values())):
        tp, fp, fn = counts.get(typ, [0, 0, 0])
        total = [total[0] + tp, total[1] + fp, total[2] + fn]
        p, r, f = pr(tp, fp, fn)
        print(f"| entities: {typ} | {p:.3f} | {r:.3f} | {f:.3f} | {tp} | {fp} | {fn} |")
        print(f"RESULT quality.entities.{typ}.precision {p:.4f} ratio", file=sys.stderr)
        print(f"RESULT quality.entities.{typ}.recall {r:.4f} ratio", file=sys.stderr)
    p, r, f = pr(*total)
    print(f"| entities: all | {p:.3f} | {r:.3f} | {f:.3f} | {total[0]} | {total[1]} | {total[2]} |")
    print(f"RESULT quality.entities.all.precision {p:.4f} ratio", file=sys.stderr)
    print(f"RESULT quality.entities.all.recall {r:.4f} ratio", file=sys.stderr)
    p, r, f = pr(mtp, mfp, mfn)
    print(f"| meetings (held/phone pairs) | {p:.3f} | {r:.3f} | {f:.3f} | {mtp} | {mfp} | {mfn} |")
    print(f"RESULT quality.meetings.precision {p:.4f} ratio", file=sys.stderr)
    print(f"RESULT quality.meetings.recall {r:.4f} ratio", file=sys.stderr)
    kind_acc = kind_ok / mtp if mtp else 0.0
    print(f"RESULT quality.meetings.kind_agreement {kind_acc:.4f} ratio", file=sys.stderr)
    print(f"RESULT quality.meetings.fp_non_meetings {sum(fp_kinds.values())} count", file=sys.stderr)
    print()
    print(f"Meeting kind agreement (met=held, call=phone) over true positives: {kind_acc:.3f}")
    if fp_kinds:
        print("False meetings that the truth lists as non-meetings: "
              + ", ".join(f"{k} {n}" for k, n in sorted(fp_kinds.items())))
    if unmapped:
        print("Unmapped entities (first 10 by mentions): "
              + ", ".join(f"{e['name']} ({e.get('type')}, {e.get('mentions')})"
                          for e in sorted(unmapped, key=lambda e: -e.get("mentions", 0))[:10]))
    if args.examples:
        for kind in ("entity fp", "entity fn", "meeting fp", "meeting fn"):
            for ex in examples[kind][: args.examples]:
                print(f"  {kind}: {ex}")


if __name__ == "__main__":
    main()
