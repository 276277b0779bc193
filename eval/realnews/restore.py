#!/usr/bin/env python3
"""Restore the cache of a fresh clone: put back the texts that checksums.sha256 names.

usage: restore.py --todo [--split dev|test] [--shard K/N]
       restore.py EXCERPT.json ...

--todo prints, one JSON object a line, every article whose text is not in cache/ yet: its id,
url and query (run the query against the search tool's "pages" corpus and take the result whose
url is the record's). --shard K/N keeps the K-th of N contiguous slices of that list (development
articles first), so several people can share the work.

Each EXCERPT.json is named ID.json and holds the excerpt as the search tool returned it, as one
JSON string literal (the quotes and escapes copied as they are). The text is restored exactly as
save.py saved it (stripped, one final newline) and written to cache/ID.txt only when its sha256
is the one in checksums.sha256; otherwise it goes to cache/.mismatch/ID.txt and the id is
reported: the stored page changed since it was annotated (re-annotate it or drop it) or the copy
is not exact (copy it again). Exit status 1 when any excerpt did not match.
"""
import hashlib, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CACHE = os.path.join(HERE, "cache")


def checksums():
    sums = {}
    with open(os.path.join(HERE, "checksums.sha256"), encoding="utf-8") as f:
        for line in f:
            digest, name = line.split()
            sums[os.path.basename(name)[:-4]] = digest
    return sums


def todo(args):
    split = args[args.index("--split") + 1] if "--split" in args else None
    with open(os.path.join(HERE, "sources.json"), encoding="utf-8") as f:
        rows = json.load(f)["articles"]
    rows = [r for r in rows if not os.path.exists(os.path.join(CACHE, r["id"] + ".txt"))]
    rows = [r for r in rows if split in (None, r["split"])]
    rows.sort(key=lambda r: (r["split"] != "dev", r["id"]))
    if "--shard" in args:
        k, n = (int(x) for x in args[args.index("--shard") + 1].split("/"))
        size = -(-len(rows) // n)
        rows = rows[(k - 1) * size : k * size]
    for r in rows:
        print(json.dumps({"id": r["id"], "url": r["url"], "query": r["query"]}, ensure_ascii=False))


def restore(paths):
    sums, bad = checksums(), 0
    os.makedirs(CACHE, exist_ok=True)
    for path in paths:
        aid = os.path.basename(path)[: -len(".json")]
        if aid not in sums:
            print(f"{path}: {aid} is not an article of the set")
            bad += 1
            continue
        try:
            with open(path, encoding="utf-8") as f:
                text = json.load(f)
        except (OSError, ValueError) as e:
            print(f"{path}: not one JSON string: {e}")
            bad += 1
            continue
        data = (text.strip() + "\n").encode("utf-8")
        if hashlib.sha256(data).hexdigest() == sums[aid]:
            with open(os.path.join(CACHE, aid + ".txt"), "wb") as f:
                f.write(data)
            print(f"{aid}: restored")
        else:
            os.makedirs(os.path.join(CACHE, ".mismatch"), exist_ok=True)
            with open(os.path.join(CACHE, ".mismatch", aid + ".txt"), "wb") as f:
                f.write(data)
            print(f"{aid}: MISMATCH (kept in cache/.mismatch/)")
            bad += 1
    return 1 if bad else 0


def main():
    args = sys.argv[1:]
    if not args or args[0] in ("-h", "--help"):
        sys.exit(__doc__)
    if "--todo" in args:
        todo(args)
        return 0
    return restore(args)


if __name__ == "__main__":
    sys.exit(main())
