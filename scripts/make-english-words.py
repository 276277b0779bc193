#!/usr/bin/env python3
"""Derive data/english-words.txt from a SCOWL word list (Debian's wamerican-small package).

usage: scripts/make-english-words.py [SOURCE] > data/english-words.txt

SOURCE defaults to /usr/share/dict/american-english-small (`apt-get install wamerican-small`).
Only lowercase words (no proper names, no apostrophes) are kept: a capitalised word of a name
run that is one of these, lower-cased, is an ordinary English word and not a name
(see Sources/DiplographCore/Resolve/Rules/PersonNameShape.swift). To keep the embedded list
small, inflected forms the resolver recovers are left out: a word ending in "s", "ed" or "ing"
whose stem (or stem + "e") is listed. The output is checked: every source word is found again
by that same rule.
"""
import sys

from wordstems import stems

SRC = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/dict/american-english-small"


def found(w, kept):
    return w in kept or any(s in kept for s in stems(w))


words = set()
with open(SRC, encoding="utf-8") as f:
    for line in f:
        w = line.strip()
        if w and w.isascii() and w.isalpha() and w.islower() and len(w) >= 2:
            words.add(w)
kept = {w for w in words if not any(s in words for s in stems(w))}
# A stem that was itself left out: keep the word.
kept |= {w for w in words if not found(w, kept)}
assert all(found(w, kept) for w in words)
sys.stdout.write("".join(w + "\n" for w in sorted(kept)))
