#!/usr/bin/env python3
"""Check a hand-annotated gold file against the articles it annotates.

Usage:
  scripts/check-gold.py GOLD.json ARTICLES_DIR [--words MIN,MAX]

The gold format is the one of ../shared/seeds/gold.json (read by ../shared/tools/score.py).
Articles are the .txt files of ARTICLES_DIR (id = file name without extension) and the
objects of its .jsonl files (id = the "id" field; text = title + newline + text).

Checks, each printed as `GOLD: error: ...`:
- the file parses; every annotated article exists and every article is annotated;
- `published` is an ISO date (YYYY-MM-DD) or null; meeting and event dates too, or a date
  known only to the month or year (YYYY-MM, YYYY);
- every surface form occurs verbatim in its article (a form found only glued to another
  word, as in "More ShortsKim", or only with a curly apostrophe, is reported as a note), and
  a short form such as "Cho" also occurs outside the longer forms listed ("Cho Hyun");
- a canonical name appears once per group in an article and in only one group;
- meeting participants and not_meetings participants are persons of that article;
  statuses are held, planned or phone; no pair is both required and listed twice;
- every event source annotates that pair as a held or phone meeting, and no two events
  share a pair (score.py expects exactly one predicted record per event pair).
With --words, article bodies outside MIN..MAX words are reported too.
Exit status 1 when any error was found.
"""
import json, os, re, sys
from collections import Counter

GROUPS = ("persons", "countries", "orgs", "places")
STATUSES = {"held", "planned", "phone"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# a meeting or event date is known to the day, the month or the year
PARTIAL = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def load_articles(folder):
    arts = {}
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        stem, ext = os.path.splitext(name)
        if ext == ".txt":
            with open(path, encoding="utf-8") as f:
                arts[stem] = f.read()
        elif ext == ".jsonl":
            with open(path, encoding="utf-8") as f:
                for n, line in enumerate(f, 1):
                    if not line.strip():
                        continue
                    obj = json.loads(line)
                    for field in ("id", "title", "published", "text", "url"):
                        if field not in obj:
                            raise SystemExit(f"{path}:{n}: missing field {field!r}")
                    arts[obj["id"]] = obj["title"] + "\n" + obj["text"]
    return arts


def main():
    args = sys.argv[1:]
    words = None
    if "--words" in args:
        i = args.index("--words")
        words = tuple(int(x) for x in args[i + 1].split(","))
        del args[i:i + 2]
    if len(args) != 2:
        raise SystemExit(__doc__)
    gold_path, folder = args
    with open(gold_path, encoding="utf-8") as f:
        gold = json.load(f)
    arts = load_articles(folder)
    errors, notes = [], []
    err = errors.append

    for aid in sorted(set(arts) - set(gold["articles"])):
        err(f"article {aid} is not annotated")
    for aid, art in gold["articles"].items():
        if aid not in arts:
            err(f"{aid}: no such article in {folder}")
            continue
        text = arts[aid]
        if words:
            n = len(text.split())
            if not words[0] <= n <= words[1]:
                err(f"{aid}: {n} words, outside {words[0]}..{words[1]}")
        pub = art.get("published")
        if pub is not None and not ISO.match(pub):
            err(f"{aid}: published {pub!r} is not YYYY-MM-DD or null")
        group_of = {}
        for g in GROUPS:
            names = Counter(e["name"] for e in art.get(g, []))
            for name, c in names.items():
                if c > 1:
                    err(f"{aid}: {g} lists {name!r} {c} times")
                if name in group_of:
                    err(f"{aid}: {name!r} is in both {group_of[name]} and {g}")
                group_of[name] = g
        forms = sorted({s for g in GROUPS for e in art.get(g, []) for s in e.get("surface", [])},
                       key=len, reverse=True)
        for g in GROUPS:
            for e in art.get(g, []):
                if not e.get("surface"):
                    err(f"{aid}: {e['name']!r} has no surface forms")
                for s in e.get("surface", []):
                    if s not in text:
                        if s.replace("'", "\u2019") in text:
                            notes.append(f"{aid}: {s!r} occurs with a curly apostrophe")
                        else:
                            err(f"{aid}: surface {s!r} of {e['name']!r} not in the text")
                        continue
                    bounded = r"(?<!\w)" + re.escape(s) + r"(?!\w)"
                    if not re.search(bounded, text):
                        notes.append(f"{aid}: {s!r} occurs only glued to another word")
                        continue
                    # A short form ("Cho") must also occur outside the longer forms ("Cho Hyun").
                    masked = text
                    for longer in forms:
                        if len(longer) > len(s) and re.search(bounded, longer):
                            masked = masked.replace(longer, " " * len(longer))
                    if not re.search(bounded, masked):
                        if s in masked:
                            notes.append(f"{aid}: {s!r} occurs alone only glued to another word")
                            continue
                        err(f"{aid}: surface {s!r} of {e['name']!r} occurs only inside longer forms")
        persons = {e["name"] for e in art.get("persons", [])}
        for m in art.get("meetings", []) + art.get("not_meetings", []):
            ps = m["participants"]
            if len(set(ps)) < 2:
                err(f"{aid}: meeting with fewer than two people {ps}")
            for p in ps:
                if p not in persons:
                    err(f"{aid}: participant {p!r} is not among the article's persons")
        for m in art.get("meetings", []):
            if m.get("status") not in STATUSES:
                err(f"{aid}: meeting {m['participants']} has status {m.get('status')!r}")
            if m.get("date") is not None and not PARTIAL.match(m["date"]):
                err(f"{aid}: meeting {m['participants']} date {m['date']!r} is not YYYY[-MM[-DD]] or null")
        scored = Counter(frozenset(m["participants"]) for m in art.get("meetings", [])
                         if m.get("status") in ("held", "phone"))
        for pair, c in scored.items():
            if c > 1:
                err(f"{aid}: pair {sorted(pair)} is annotated as held/phone {c} times")

    seen = Counter()
    for ev in gold.get("events", []):
        pair = frozenset(ev["participants"])
        seen[pair] += 1
        if ev.get("date") is not None and not PARTIAL.match(ev["date"]):
            err(f"event {sorted(pair)}: date {ev['date']!r} is not YYYY[-MM[-DD]] or null")
        for src in ev["sources"]:
            art = gold["articles"].get(src)
            if art is None:
                err(f"event {sorted(pair)}: unknown source {src}")
                continue
            ms = [m for m in art.get("meetings", []) if frozenset(m["participants"]) == pair
                  and m.get("status") in ("held", "phone")]
            if not ms:
                err(f"event {sorted(pair)}: source {src} has no held or phone meeting of that pair")
            for m in ms:
                if m.get("date") and ev.get("date") and m["date"] != ev["date"]:
                    err(f"event {sorted(pair)}: source {src} dates it {m['date']}, the event {ev['date']}")
    for pair, c in seen.items():
        if c > 1:
            err(f"events: pair {sorted(pair)} appears in {c} events")

    for n in notes:
        print(f"{gold_path}: note: {n}")
    for e in errors:
        print(f"{gold_path}: error: {e}")
    print(f"{gold_path}: {len(gold['articles'])} articles, {len(gold.get('events', []))} events, "
          f"{len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
