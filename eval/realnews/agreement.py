#!/usr/bin/env python3
"""Agreement between the first annotation pass and the blind second pass.

usage: agreement.py FIRST.json SECOND.json [--diff]

For the articles of SECOND: F1 between the two passes per entity type and for meetings (pairs
held or by phone, neither marked optional/uncertain), as the scorer counts them and strictly
(optional entries counted too), and how often matched meetings agree on status, date and place. Entities match within an article and type when their canonical names or
any of their surface forms are equal after normalisation; an entity that one pass marks optional
is not counted either way. --diff lists every disagreement, article by article.
"""
import json, sys
from collections import defaultdict
from merge import norm

GROUPS = ("persons", "countries", "orgs", "places")


def forms(e):
    return {norm(e["name"])} | {norm(s) for s in e.get("surface", [])}


def match_entities(a, b):
    """Pairs (i, j) of entities of a and b that stand for one entity, greedily by overlap."""
    cands = sorted(((len(forms(x) & forms(y)) + (norm(x["name"]) == norm(y["name"])) * 10, i, j)
                    for i, x in enumerate(a) for j, y in enumerate(b) if forms(x) & forms(y)), reverse=True)
    used_a, used_b, out = set(), set(), []
    for _, i, j in cands:
        if i not in used_a and j not in used_b:
            used_a.add(i); used_b.add(j); out.append((i, j))
    return out


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def compare(first, second):
    counts = {g: [0, 0, 0] for g in GROUPS + ("meetings",)}
    # strict: optional entries count like the others, and a meeting must agree on being
    # scored (held or phone, not optional) or not
    strict = {g: [0, 0, 0] for g in GROUPS + ("meetings",)}
    attrs = defaultdict(lambda: [0, 0])
    diffs = defaultdict(list)
    for aid, b in second["articles"].items():
        a = first["articles"].get(aid)
        if a is None:
            diffs[aid].append("not in the first pass")
            continue
        rename = {}
        for g in GROUPS:
            ea, eb = a.get(g, []), b.get(g, [])
            pairs = match_entities(ea, eb)
            ma, mb = {i for i, _ in pairs}, {j for _, j in pairs}
            strict[g][0] += len(pairs)
            strict[g][1] += len(eb) - len(pairs)
            strict[g][2] += len(ea) - len(pairs)
            for i, j in pairs:
                rename[eb[j]["name"]] = ea[i]["name"]
                if not (ea[i].get("optional") or eb[j].get("optional")):
                    counts[g][0] += 1
                elif ea[i].get("optional") != eb[j].get("optional"):
                    diffs[aid].append(f"{g}: {ea[i]['name']!r} optional in one pass only")
                sa, sb = set(ea[i].get("surface", [])), set(eb[j].get("surface", []))
                if sa != sb:
                    diffs[aid].append(f"{g}: {ea[i]['name']!r} surfaces first-only {sorted(sa - sb)} second-only {sorted(sb - sa)}")
            for i, e in enumerate(ea):
                if i not in ma and not e.get("optional"):
                    counts[g][2] += 1
                    diffs[aid].append(f"{g}: only the first pass has {e['name']!r} {e.get('surface')}")
            for j, e in enumerate(eb):
                if j not in mb and not e.get("optional"):
                    counts[g][1] += 1
                    diffs[aid].append(f"{g}: only the second pass has {e['name']!r} {e.get('surface')}")
        scored = lambda m: m.get("status") in ("held", "phone") and not (m.get("optional") or m.get("uncertain"))
        soft = lambda m: m.get("optional") or m.get("uncertain")
        ma = {frozenset(m["participants"]): m for m in a.get("meetings", [])}
        mb = {frozenset(rename.get(p, p) for p in m["participants"]): m for m in b.get("meetings", [])}
        for pair in set(ma) | set(mb):
            x, y = ma.get(pair), mb.get(pair)
            name = sorted(pair)
            if x and y and scored(x) == scored(y):
                strict["meetings"][0] += 1
            else:
                strict["meetings"][1] += bool(y)
                strict["meetings"][2] += bool(x)
            if x and y:
                if scored(x) and scored(y):
                    counts["meetings"][0] += 1
                elif scored(x) != scored(y) and not (soft(x) or soft(y)):
                    counts["meetings"][2 if scored(x) else 1] += 1
                for k in ("status", "date", "place"):
                    attrs[k][1] += 1
                    if (x.get(k) or None) == (y.get(k) or None):
                        attrs[k][0] += 1
                    else:
                        diffs[aid].append(f"meeting {name}: {k} {x.get(k)!r} (first) vs {y.get(k)!r} (second)")
                if scored(x) != scored(y) or bool(soft(x)) != bool(soft(y)):
                    diffs[aid].append(f"meeting {name}: first {x.get('status')}{' optional' if soft(x) else ''}, "
                                      f"second {y.get('status')}{' optional' if soft(y) else ''}")
            elif x:
                if scored(x):
                    counts["meetings"][2] += 1
                diffs[aid].append(f"meeting {name} ({x.get('status')}): only in the first pass")
            else:
                if scored(y):
                    counts["meetings"][1] += 1
                diffs[aid].append(f"meeting {name} ({y.get('status')}): only in the second pass")
    return counts, strict, attrs, diffs


def main():
    first = json.load(open(sys.argv[1], encoding="utf-8"))
    second = json.load(open(sys.argv[2], encoding="utf-8"))
    counts, strict, attrs, diffs = compare(first, second)
    print(f"agreement over {len(second['articles'])} articles annotated twice (F1 between the passes)")
    for title, table in (("as scored (entries optional in either pass left out)", counts),
                         ("strict (optional entries counted; meetings must agree on being scored)", strict)):
        print(f" {title}:")
        tot = [0, 0, 0]
        for g, c in table.items():
            print(f"  {g:10s} F1 {prf(*c)[2]:.3f}  (both {c[0]}, second only {c[1]}, first only {c[2]})")
            if g != "meetings":
                tot = [t + x for t, x in zip(tot, c)]
        print(f"  {'entities':10s} F1 {prf(*tot)[2]:.3f}")
    for k, (ok, n) in attrs.items():
        print(f"  meetings found by both: same {k} {ok}/{n}")
    if "--diff" in sys.argv:
        for aid in sorted(diffs):
            print(f"\n{aid}")
            for d in diffs[aid]:
                print(f"  {d}")


if __name__ == "__main__":
    main()
