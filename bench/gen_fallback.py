#!/usr/bin/env python3
"""Fallback corpus generator for `make bench` when ../shared/bench/gen_corpus.py is absent.

Usage:
  python3 bench/gen_fallback.py SIZE_MB SEED OUTDIR

Writes OUTDIR/000000.txt, 000001.txt, ... (headline, "Published: YYYY-MM-DD", paragraphs of
news-like sentences about meetings, calls and statements) until SIZE_MB * 1,000,000 bytes,
using the people, countries, organisations and places of data/default-aliases.tsv and their
alias spellings. Deterministic: article k depends only on (SEED, k). There is NO ground truth:
the quality figures of bench/run.sh need gen_corpus.py.
"""
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TABLE = os.path.join(HERE, "..", "data", "default-aliases.tsv")
sys.path.insert(0, os.path.join(HERE, "..", "scripts"))
from alias_rows import alias_rows  # noqa: E402


def load_table():
    by_type = {"person": [], "country": [], "organization": [], "place": []}
    for row in alias_rows(TABLE):
        spellings = [row["name"]] + [a for a in row.get("aliases", "").split("|") if a]
        demonyms = [d for d in row.get("demonyms", "").split("|") if d]
        role = row.get("roles", "").split("|")[0]
        role = " ".join(w for w in role.split() if not w[:1].isdigit())
        if row.get("type") in by_type:
            by_type[row["type"]].append({"name": row["name"], "spellings": spellings,
                                         "demonyms": demonyms, "role": role})
    return by_type


MEET = [
    "{a} met {b} in {place} on {day} to discuss {topic}.",
    "{role_a} {a} held talks with {b} in {place}, officials said.",
    "{a} and {b} spoke by telephone on {day} about {topic}.",
    "{a} is expected to visit {place} next month to meet {b}.",
    "{a} declined to meet {b} during the summit in {place}.",
    "In {place}, {a} and {b} signed an agreement on {topic}.",
]
OTHER = [
    "{c1} and {c2} have been at odds over {topic} for years.",
    "{demonym} officials said the talks with {org} were constructive.",
    "{org} said in a statement that {c1} would attend the meeting in {place}.",
    "Analysts in {place} said {c1} wanted closer ties with {c2}.",
    "The {demonym} delegation arrived in {place} on {day}.",
    "{a} told reporters that {c1} remained committed to {topic}.",
]
TOPICS = ["trade", "energy security", "the ceasefire", "regional security", "climate finance",
          "nuclear talks", "grain exports", "maritime borders", "sanctions", "visa rules"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def article(k, seed, t):
    r = random.Random(seed * 1_000_003 + k)
    people = r.sample(t["person"], 3)
    countries = r.sample(t["country"], 3)
    places = r.sample(t["place"], 2)
    orgs = r.sample(t["organization"], 2)

    def pick(e):
        return r.choice(e["spellings"])

    def fill(template):
        c1, c2 = countries[0], countries[1]
        return template.format(
            a=pick(people[0]), b=pick(people[1]), role_a=people[0]["role"] or "Minister",
            place=pick(r.choice(places)), day=r.choice(DAYS), topic=r.choice(TOPICS),
            c1=pick(c1), c2=pick(c2), org=pick(r.choice(orgs)),
            demonym=r.choice(c1["demonyms"]) if c1["demonyms"] else "Foreign").strip()

    headline = f"{people[0]['name']} and {people[1]['name']} discuss {r.choice(TOPICS)} in {places[0]['name']}"
    date = f"2025-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
    paragraphs = []
    for _ in range(r.randint(8, 16)):
        sentences = [fill(r.choice(MEET if r.random() < 0.4 else OTHER)) for _ in range(r.randint(1, 4))]
        paragraphs.append(" ".join(s[0].upper() + s[1:] for s in sentences))
    return headline + "\nPublished: " + date + "\n\n" + "\n\n".join(paragraphs) + "\n"


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    size, seed, out = int(float(sys.argv[1]) * 1_000_000), int(sys.argv[2]), sys.argv[3]
    t = load_table()
    os.makedirs(out, exist_ok=True)
    written, k = 0, 0
    while written < size:
        text = article(k, seed, t).encode("utf-8")
        with open(os.path.join(out, f"{k:06d}.txt"), "wb") as f:
            f.write(text)
        written += len(text)
        k += 1
    print(f"wrote {k} articles, {written} bytes to {out} (fallback generator, no ground truth)")


if __name__ == "__main__":
    main()
