"""The stems of an English word that the resolver recovers (Rules/PersonNameShape.swift): a word
ending in "s", "ed" or "ing" is found through its stem (or stem + "e"). Shared by
make-english-words.py, which leaves such forms out of the list, and make-places.py, which asks
whether a name is an English word."""


def stems(w):
    out = []
    if w.endswith("s") and len(w) > 3:
        out.append(w[:-1])
    if w.endswith("ed") and len(w) > 4:
        out += [w[:-2], w[:-1]]
    if w.endswith("ing") and len(w) > 5:
        out += [w[:-3], w[:-3] + "e"]
    return out
