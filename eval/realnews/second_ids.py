#!/usr/bin/env python3
"""The articles of a part that the blind second pass annotates: the third (rounded up) with the
smallest sha256 of their id. usage: second_ids.py PART"""
import hashlib, json, math, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ids = [s["id"] for s in json.load(open(os.path.join(HERE, "parts", sys.argv[1] + ".sources.json")))]
ids.sort(key=lambda i: hashlib.sha256(i.encode()).hexdigest())
print(" ".join(sorted(ids[:math.ceil(len(ids) / 3)])))
