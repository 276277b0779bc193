#!/usr/bin/env python3
"""Every quality figure of the project in one table: `make quality` runs this.

usage: scripts/quality.py [--bin PATH] [--split dev|test] [--batch NAME] [--cache DIR] [--errors] [--json]
                          [--peer spacy]

Runs `diplograph entities --json` and `meetings --json` on each annotated corpus and scores the
outputs with ../shared/tools/score.py (the project's one scorer):

  real news (SPLIT)  eval/realnews, the development part (default) or the locked test part;
                     texts from its git-ignored cache (see eval/realnews/README.md); --batch
                     keeps only the articles of one batch (sources.json `batch`; several
                     batches separated by commas), so that a batch added later can be scored
                     apart: on code that never saw it, it
                     shows how far the rules carry to new text
  seeds              ../shared/seeds
  examples           examples/ with examples/aliases.tsv
  wire fixtures      Tests/Fixtures/wire

For each: P, R and F1 per entity type, entities split across nodes, meetings P/R/F1, meeting
dates right, meeting places right (of the found gold meetings that have a place) and events.
A meeting participant is matched as score.py matches an entity: by its name, or by its entity's
aliases when they point to exactly one gold person (`align_participants`).
--peer spacy adds, under the real-news, seeds and examples rows, the entities that a spaCy
script finds in the same texts (scripts/spacy_entities.py), scored by the same scorer: the
tool an analyst would otherwise use. It finds no meetings.
--errors lists every miss and false positive with the sentence it comes from, and every found
meeting whose date or place is wrong (found vs expected, with the gold sentence and the sentence
the record was found in). A corpus whose
texts or scorer are missing is skipped with a note (the real-news set, when only some texts are
missing, is scored on the others, with a note naming them); the command still succeeds.
"""
import argparse, json, os, re, subprocess, sys, tempfile
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
SCORER = os.path.join(SHARED, "tools", "score.py")
REALNEWS = os.path.join(ROOT, "eval", "realnews")
GROUPS = ("persons", "countries", "orgs", "places")


def load_scorer():
    """score.py as a module, for its name normaliser and lexicon (one definition of matching)."""
    import importlib.util
    spec = importlib.util.spec_from_file_location("score", SCORER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


class Corpus:
    def __init__(self, name, gold, inputs, extra=(), texts=None):
        self.name, self.gold, self.inputs, self.extra = name, gold, list(inputs), list(extra)
        self.texts = texts  # id -> path of the article's text, for --errors


def realnews_corpus(split, cache, notes, batch=None):
    sources_path = os.path.join(REALNEWS, "sources.json")
    if not os.path.exists(sources_path):
        notes.append("real news: eval/realnews/sources.json is missing")
        return None
    sources = json.load(open(sources_path, encoding="utf-8"))["articles"]
    wanted = None if batch is None else set(batch.split(","))
    ids = [s["id"] for s in sources if s["split"] == split and (wanted is None or s.get("batch") in wanted)]
    if batch is not None and not ids:
        notes.append(f"real news ({split}): no article of batch {batch!r}")
        return None
    paths = {i: os.path.join(cache, i + ".txt") for i in ids}
    missing = [i for i, p in paths.items() if not os.path.exists(p)]
    if len(missing) == len(ids):
        notes.append(f"real news ({split}): skipped, none of its {len(ids)} texts is in "
                     f"{os.path.relpath(cache, ROOT)} (fill it as eval/realnews/README.md says)")
        return None
    if missing:
        # A partial cache (pages changed since they were annotated) scores what it has, loudly.
        notes.append(f"real news ({split}): {len(missing)} of {len(ids)} texts are not in "
                     f"{os.path.relpath(cache, ROOT)}; scored the other {len(ids) - len(missing)} "
                     f"(missing: {' '.join(sorted(missing))})")
        ids = [i for i in ids if i not in set(missing)]
    gold = json.load(open(os.path.join(REALNEWS, "gold.json"), encoding="utf-8"))
    keep = set(ids)
    part = {"about": gold.get("about", ""),
            "articles": {a: v for a, v in gold["articles"].items() if a in keep},
            "events": []}
    for ev in gold.get("events", []):
        srcs = [s for s in ev["sources"] if s in keep]
        if len(srcs) >= 2:
            part["events"].append(dict(ev, sources=srcs))
    tmp = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8")
    json.dump(part, tmp, ensure_ascii=False)
    tmp.close()
    label = f"{split} {batch}" if batch else split
    return Corpus(f"real news ({label}, {len(ids)})", tmp.name, [paths[i] for i in sorted(ids)],
                  texts=paths)


def folder_texts(folder):
    return {os.path.splitext(n)[0]: os.path.join(folder, n) for n in os.listdir(folder)
            if n.endswith(".txt")}


def corpora(split, cache, notes, batch=None):
    out = []
    rn = realnews_corpus(split, cache, notes, batch)
    if rn:
        out.append(rn)
    seeds = os.path.join(SHARED, "seeds")
    if os.path.isdir(seeds):
        out.append(Corpus("seeds (5)", os.path.join(seeds, "gold.json"), [seeds], texts=folder_texts(seeds)))
    else:
        notes.append("seeds: skipped, ../shared/seeds is absent")
    ex = os.path.join(ROOT, "examples")
    out.append(Corpus("examples", os.path.join(ex, "gold.json"), [ex],
                      ["--aliases", os.path.join(ex, "aliases.tsv")], texts=folder_texts(ex)))
    wire = os.path.join(ROOT, "Tests", "Fixtures", "wire")
    out.append(Corpus("wire fixtures", os.path.join(wire, "gold.json"), [wire], texts=folder_texts(wire)))
    return out


def run_tool(binary, corpus, tmpdir):
    outs = {}
    for cmd in ("entities", "meetings"):
        r = subprocess.run([binary, cmd, "--json", *corpus.inputs, *corpus.extra],
                           capture_output=True, text=True)
        if r.returncode != 0:
            raise SystemExit(f"quality: diplograph {cmd} failed on {corpus.name}:\n{r.stderr}")
        path = os.path.join(tmpdir, f"{cmd}.json")
        with open(path, "w", encoding="utf-8") as f:
            f.write(r.stdout)
        outs[cmd] = path
    return outs


def align_participants(sc, gold, lex, outs, tmpdir):
    """Meeting participants matched like entities. score.py matches an entity by its name or,
    failing that, by its aliases when they point to exactly one gold entity ("Sergei Lavrov"
    whose alias "Sergey Lavrov" is the article's spelling), but a meeting participant by its
    name alone. This writes a copy of the meetings in which a participant whose name matches no
    gold person carries the gold name its entity's aliases point to, under that same rule."""
    persons = {e["name"] for a in gold["articles"].values() for e in a.get("persons", [])}
    entities = {e["id"]: e for e in json.load(open(outs["entities"], encoding="utf-8"))["entities"]}
    data = json.load(open(outs["meetings"], encoding="utf-8"))
    for m in data["meetings"]:
        for i, (name, pid) in enumerate(zip(m["participants"], m.get("participant_ids", []))):
            if any(g == "persons" for g, _ in sc.match(lex, [name])) or pid not in entities:
                continue
            hits = sc.entity_hits(lex, entities[pid], "persons", persons)
            if len(hits) == 1:
                m["participants"][i] = next(iter(hits))
    path = os.path.join(tmpdir, "meetings-aligned.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False)
    return dict(outs, meetings=path)


def score(corpus, outs, with_errors):
    base = [sys.executable, SCORER, "--gold", corpus.gold, "--entities", outs["entities"],
            "--meetings", outs["meetings"]]
    # score.py lists errors in the order of Python sets: a fixed hash seed makes that order, and
    # so the --errors listing, the same from run to run.
    env = dict(os.environ, PYTHONHASHSEED="0")
    r = subprocess.run(base + ["--json"], capture_output=True, text=True, env=env)
    if r.returncode != 0:
        raise SystemExit(f"quality: score.py failed on {corpus.name}:\n{r.stderr}")
    result = json.loads(r.stdout)
    errors = []
    if with_errors:
        e = subprocess.run(base + ["--errors"], capture_output=True, text=True, env=env).stdout
        errors = [line for line in e.splitlines()
                  if not re.match(r"^(entities|meetings)\s", line)]
    return result, errors


def score_peer(peer, corpus, tmpdir):
    """The peer's entities for the corpus's texts, scored like ours (entities only)."""
    path = os.path.join(tmpdir, "peer-entities.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(peer.entities([corpus.texts[i] for i in sorted(corpus.texts)]), f, ensure_ascii=False)
    r = subprocess.run([sys.executable, SCORER, "--gold", corpus.gold, "--entities", path, "--json"],
                       capture_output=True, text=True, env=dict(os.environ, PYTHONHASHSEED="0"))
    if r.returncode != 0:
        raise SystemExit(f"quality: score.py failed on the spaCy peer for {corpus.name}:\n{r.stderr}")
    return dict(json.loads(r.stdout), meetings=None)


def places_right(sc, gold, lex, meetings):
    """Of the required held/phone gold meetings that have a place and that some predicted record
    of the same article finds, how many have that place in one of those records. Returns the
    two counts and the misses as score.py-style error lines ("AID: meeting [...] placed X,
    expected Y"), which `explain` gives their sentences."""
    person = lambda n: {c for g, c in sc.match(lex, [n]) if g == "persons"}
    place_forms = lambda name: {sc.norm(name)} | {sc.norm(s) for a in gold["articles"].values()
                                                  for e in a.get("places", []) + a.get("countries", [])
                                                  if e["name"] == name for s in e.get("surface", [])}
    ok = total = 0
    misses = []
    for aid, art in gold["articles"].items():
        for gm in art.get("meetings", []):
            if gm.get("status") not in ("held", "phone") or gm.get("optional") or gm.get("uncertain"):
                continue
            if not gm.get("place"):
                continue
            pair = frozenset(gm["participants"])
            recs = []
            for m in meetings:
                if m.get("status") not in ("held", "phone"):
                    continue
                if not any(s.get("article") == aid for s in m.get("sources", [])):
                    continue
                names = set()
                for p in m["participants"]:
                    names |= person(p)
                if pair <= names:
                    recs.append(m)
            if not recs:
                continue
            total += 1
            forms = place_forms(gm["place"])
            if any(m.get("place") and sc.norm(m["place"]) in forms for m in recs):
                ok += 1
            else:
                got = sorted({m.get("place") or "none" for m in recs})
                misses.append(f"{aid}: meeting {sorted(pair)} placed {', '.join(got)}, expected {gm['place']}")
    return ok, total, misses


def sentence_at(text, offset):
    """The text around `offset`: from the start of its sentence (or line) to the end of the line,
    at most 300 characters on (an abbreviation such as "Mr." must not cut the context short)."""
    stop = text.rfind(". ", 0, offset)
    start = max(text.rfind("\n", 0, offset) + 1, stop + 2 if stop >= 0 else 0)
    if offset - start > 200:
        start = offset
    end = text.find("\n", offset)
    end = min(end if end >= 0 else len(text), offset + 300)
    return " ".join(text[start:end].split())


def explain(errors, corpus, gold, lex, meetings, sc):
    """Each error line of score.py with the sentence behind it."""
    texts = {}
    def text(aid):
        if aid not in texts:
            p = (corpus.texts or {}).get(aid)
            texts[aid] = open(p, encoding="utf-8").read() if p and os.path.exists(p) else ""
        return texts[aid]
    person = lambda n: {c for g, c in sc.match(lex, [n]) if g == "persons"}

    def gold_sentence(aid, pair):
        """The sentence of the gold meeting of `pair` in article `aid`."""
        for gm in gold["articles"].get(aid, {}).get("meetings", []):
            if frozenset(gm["participants"]) == pair and "at" in gm:
                return sentence_at(text(aid), gm["at"])
        return ""

    def found_sentence(aid, pair):
        """The sentence of article `aid` that a predicted meeting of `pair` was found in."""
        for pm in meetings:
            canon = set()
            for p in pm["participants"]:
                canon |= person(p)
            if pair <= canon:
                for src in pm.get("sources", []):
                    if src.get("article") == aid:
                        return " ".join(src.get("sentence", "").split())
        return ""

    out = []
    for line in errors:
        m = re.match(r"^(\S+): (missed|unexpected) meeting \[(.*)\]$", line)
        # "AID: meeting [...] dated X, expected Y" (score.py) or "placed X, expected Y" (places_right)
        dp = re.match(r"^(\S+): meeting \[(.*)\] (?:dated|placed) .*, expected .*$", line)
        ent = re.match(r"^(\S+): (missed|unexpected) (\w+) '(.*)'$", line)
        why = ""
        if m:
            aid, kind, names = m.group(1), m.group(2), re.findall(r"'([^']*)'", m.group(3))
            pair = frozenset(names)
            why = gold_sentence(aid, pair) if kind == "missed" else found_sentence(aid, pair)
        elif dp:
            aid, names = dp.group(1), re.findall(r"'([^']*)'", dp.group(2))
            pair = frozenset(names)
            why = gold_sentence(aid, pair)
            found = found_sentence(aid, pair)
            if found and found != why:
                why = (why + "\n      \u2192 found in: " if why else "found in: ") + found[:300]
        elif ent:
            aid, kind, group, name = ent.groups()
            forms = [name]
            for g in GROUPS:
                for e in gold["articles"].get(aid, {}).get(g, []):
                    if e["name"] == name:
                        forms = e.get("surface", []) + forms
            t = text(aid)
            for f in forms:
                i = t.find(f)
                if i >= 0:
                    why = sentence_at(t, i)
                    break
        out.append(line + (f"\n      \u2192 {why[:400]}" if why else ""))
    return out


def fmt_prf(v):
    return f"{v['precision']:.2f} {v['recall']:.2f} {v['f1']:.2f}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, ".build", "release", "diplograph"))
    ap.add_argument("--split", default="dev", choices=("dev", "test"))
    ap.add_argument("--batch", default=None,
                    help="score only the real-news articles of this batch (several: NAME,NAME)")
    ap.add_argument("--cache", default=os.path.join(REALNEWS, "cache"),
                    help="the folder of the real-news texts (default eval/realnews/cache)")
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--peer", choices=("spacy",), help="also score a spaCy script's entities on the same texts")
    a = ap.parse_args()
    notes = []
    if not os.path.exists(SCORER):
        print(f"quality: skipped, the scorer {os.path.relpath(SCORER, ROOT)} is absent "
              "(../shared is on the project's machines and CI, not in a user's clone)")
        return
    if not os.path.exists(a.bin):
        raise SystemExit(f"quality: no binary at {a.bin}; run make build first")
    if a.split == "test":
        print("quality: scoring the LOCKED TEST part: do this only for a finished change, "
              "and never write a rule from what it shows.\n", file=sys.stderr)
    sc = load_scorer()
    peer = None
    if a.peer:
        sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
        import spacy_entities as peer
        why = peer.available()
        if why:
            notes.append(f"spaCy peer: skipped, {why}")
            peer = None
    rows, all_errors, report = [], [], {}
    with tempfile.TemporaryDirectory() as tmp:
        for c in corpora(a.split, a.cache, notes, a.batch):
            gold = json.load(open(c.gold, encoding="utf-8"))
            lex = sc.build_lexicon(gold)  # one lexicon per corpus, for every check below
            outs = align_participants(sc, gold, lex, run_tool(a.bin, c, tmp), tmp)
            result, errors = score(c, outs, a.errors)
            meetings = json.load(open(outs["meetings"], encoding="utf-8"))["meetings"]
            ok, total, place_misses = places_right(sc, gold, lex, meetings)
            result["meetings"]["places"] = f"{ok}/{total}"
            report[c.name] = result
            rows.append((c.name, result))
            if peer and c.name != "wire fixtures":  # the wire fixtures hold JSON Lines: the peer reads .txt
                rows.append(("  spaCy peer", score_peer(peer, c, tmp)))
                report[c.name + " spaCy peer"] = rows[-1][1]
            if a.errors:
                all_errors.append((c.name, explain(errors + place_misses, c, gold, lex, meetings, sc)))
    if a.json:
        print(json.dumps(report, indent=2))
        return
    head = f"{'corpus':24s} {'persons P R F1':15s} {'countries':15s} {'orgs':15s} {'places':15s} {'split':>5s}"
    print(head)
    for name, r in rows:
        e = r["entities"]
        print(f"{name:24s} " + " ".join(f"{fmt_prf(e[g]):15s}" for g in GROUPS)
              + f" {len(e['split_entities']):5d}")
    print()
    print(f"{'corpus':24s} {'entities P R F1':15s} {'meetings P R F1':15s} {'dates':>7s} {'places':>7s} {'events':>7s}")
    for name, r in rows:
        m = r["meetings"]
        if m is None:
            print(f"{name:24s} {fmt_prf(r['entities']['all']):15s} (finds no meetings)")
            continue
        print(f"{name:24s} {fmt_prf(r['entities']['all']):15s} {fmt_prf(m):15s} "
              f"{m['dates']:>7s} {m['places']:>7s} {m['events']:>7s}")
    for n in notes:
        print(f"note: {n}")
    for name, errs in all_errors:
        print(f"\n== {name}: {len(errs)} errors")
        for line in errs:
            print("  " + line)
        splits = report[name]["entities"]["split_entities"]
        for s in splits:
            print(f"  split: {s}")


if __name__ == "__main__":
    main()
