#!/usr/bin/env python3
"""Check one annotation part (parts/NAME.gold.json) against the cached texts it annotates.

usage: check-part.py NAME   (or a path to a gold file)

Runs scripts/check-gold.py on the gold file with a temporary folder that holds just the cached
articles the file annotates, so a part can be checked while other parts are being written.
"""
import json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
arg = sys.argv[1]
path = arg if arg.endswith(".json") else os.path.join(HERE, "parts", arg + ".gold.json")
gold = json.load(open(path, encoding="utf-8"))
with tempfile.TemporaryDirectory() as tmp:
    for aid in gold["articles"]:
        src = os.path.join(HERE, "cache", aid + ".txt")
        if os.path.exists(src):
            os.symlink(src, os.path.join(tmp, aid + ".txt"))
    r = subprocess.run([sys.executable, os.path.join(HERE, "..", "..", "scripts", "check-gold.py"), path, tmp])
sys.exit(r.returncode)
