#!/usr/bin/env python3
"""Save one article excerpt returned by the search tool's "pages" corpus into the cache.

usage: save.py --part NAME --url URL --query "QUERY" [--published YYYY-MM-DD] < excerpt.txt

Reads the excerpt on standard input exactly as the search tool returned it. Refuses (exit 1)
a url that ../shared/eval/excluded.py reports as reserved, and a url already in the set (urls
compared in excluded.py's normal form). Otherwise it writes cache/ID.txt (ID = the first 16
hex digits of the sha256 of the normalised url; text stripped of leading and trailing white
space, one final newline), appends {id, url, outlet, query, published} to parts/NAME.sources.json
and prints the id. The published date, when not given, is read from a leading "date YYYY-MM-DD".
"""
import argparse, fcntl, hashlib, json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
EXCLUDED = os.path.join(HERE, "..", "..", "..", "shared", "eval", "excluded.py")


def norm_url(u):
    """The normal form of ../shared/eval/excluded.py."""
    u = u.strip().lower()
    u = re.sub(r"^[a-z]+://", "", u)
    u = re.sub(r"^(www\.|m\.|amp\.)", "", u)
    u = u.split("#")[0].split("?")[0]
    u = re.sub(r"/amp/?$", "", u)
    return u.rstrip("/")


def outlet(u):
    host = re.sub(r"^[a-z]+://", "", u.strip().lower()).split("/")[0].split(":")[0]
    # every leading prefix, so "en.m.wikinews.org" is "wikinews.org"
    return re.sub(r"^(?:(?:www|m|amp|english|en)\.)+", "", host)


def article_id(u):
    return hashlib.sha256(norm_url(u).encode()).hexdigest()[:16]


def all_sources():
    out = []
    folder = os.path.join(HERE, "parts")
    for name in sorted(os.listdir(folder)):
        if name.endswith(".sources.json"):
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                out += json.load(f)
    final = os.path.join(HERE, "sources.json")
    if os.path.exists(final):
        with open(final, encoding="utf-8") as f:
            out += json.load(f)["articles"]
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--part", required=True)
    ap.add_argument("--url", required=True)
    ap.add_argument("--query", required=True)
    ap.add_argument("--published")
    a = ap.parse_args()
    if not os.path.exists(EXCLUDED):
        sys.exit("save.py: ../shared/eval/excluded.py is missing; cannot check the url")
    r = subprocess.run([sys.executable, EXCLUDED, a.url], capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"save.py: REFUSED: {a.url} is reserved for the independent evaluation; never use it")
    text = sys.stdin.read().strip() + "\n"
    if len(text) < 300:
        sys.exit("save.py: REFUSED: the excerpt is shorter than 300 characters")
    pub = a.published
    if not pub:
        m = re.match(r"\s*date (\d{4}-\d{2}-\d{2})", text)
        pub = m.group(1) if m else None
    aid = article_id(a.url)
    with open(os.path.join(HERE, "parts", ".lock"), "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if any(norm_url(s["url"]) == norm_url(a.url) for s in all_sources()):
            sys.exit(f"save.py: REFUSED: {a.url} is already in the set")
        with open(os.path.join(HERE, "cache", aid + ".txt"), "w", encoding="utf-8") as f:
            f.write(text)
        part = os.path.join(HERE, "parts", a.part + ".sources.json")
        rows = json.load(open(part, encoding="utf-8")) if os.path.exists(part) else []
        rows.append({"id": aid, "url": a.url, "outlet": outlet(a.url), "query": a.query, "published": pub})
        with open(part, "w", encoding="utf-8") as f:
            json.dump(rows, f, indent=1, ensure_ascii=False)
            f.write("\n")
    print(aid)


if __name__ == "__main__":
    main()
