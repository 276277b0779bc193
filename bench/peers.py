#!/usr/bin/env python3
"""Peer figures for the graph I/O benchmark: igraph and NetworkX on the same GraphML file.

Usage:
  python3 bench/peers.py GRAPHML FROM_INDEX TO_INDEX [--repeat 3] [--no-networkx]

igraph (median of --repeat runs): Graph.Read_GraphML, write_graphml, and one single-source
Dijkstra on the `weight` attribute (distances from FROM to every node).
NetworkX (once: it is slow): read_graphml, write_graphml, and shortest_path(FROM, TO,
weight="weight") (Dijkstra between two nodes).

FROM_INDEX/TO_INDEX are node positions in document order (our ids n<i>).
Prints `RESULT name value unit` lines, or `UNAVAILABLE name why` when a library is missing.
"""
import argparse
import os
import statistics
import sys
import tempfile
import time


def timed(f):
    t = time.perf_counter()
    v = f()
    return v, time.perf_counter() - t


def say(line):
    print(line, flush=True)


def bench_igraph(path, src, dst, repeat):
    try:
        import igraph
    except ImportError:
        say("UNAVAILABLE peer.igraph python3 cannot import igraph (pip install igraph)")
        return
    reads, writes, dijkstras = [], [], []
    out = os.path.join(tempfile.mkdtemp(prefix="bench-igraph-"), "out.graphml")
    g = None
    for _ in range(repeat):
        g, t = timed(lambda: igraph.Graph.Read_GraphML(path))
        reads.append(t)
    for _ in range(repeat):
        _, t = timed(lambda: g.write_graphml(out))
        writes.append(t)
    weights = "weight" if "weight" in g.es.attributes() else None
    d = None
    for _ in range(repeat):
        d, t = timed(lambda: g.distances(source=[src], weights=weights))
        dijkstras.append(t)
    os.unlink(out)
    os.rmdir(os.path.dirname(out))
    print(f"  igraph {igraph.__version__}: {g.vcount()} nodes, {g.ecount()} edges; "
          f"distance {src}->{dst} = {d[0][dst]}", file=sys.stderr)
    say(f"RESULT peer.igraph.read {statistics.median(reads):.4f} s")
    say(f"RESULT peer.igraph.write {statistics.median(writes):.4f} s")
    say(f"RESULT peer.igraph.dijkstra {statistics.median(dijkstras):.4f} s")


def bench_networkx(path, src, dst):
    try:
        import networkx as nx
    except ImportError:
        say("UNAVAILABLE peer.networkx python3 cannot import networkx (pip install networkx)")
        return
    g, tr = timed(lambda: nx.read_graphml(path))
    out = os.path.join(tempfile.mkdtemp(prefix="bench-networkx-"), "out.graphml")
    _, tw = timed(lambda: nx.write_graphml(g, out))
    os.unlink(out)
    os.rmdir(os.path.dirname(out))
    p, ts = timed(lambda: nx.shortest_path(g, f"n{src}", f"n{dst}", weight="weight"))
    print(f"  networkx {nx.__version__}: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges; "
          f"path n{src}->n{dst}: {len(p) - 1} hops", file=sys.stderr)
    say(f"RESULT peer.networkx.read {tr:.4f} s")
    say(f"RESULT peer.networkx.write {tw:.4f} s")
    say(f"RESULT peer.networkx.shortest_path {ts:.4f} s")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("graphml")
    ap.add_argument("src", type=int)
    ap.add_argument("dst", type=int)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--no-networkx", action="store_true")
    a = ap.parse_args()
    bench_igraph(a.graphml, a.src, a.dst, a.repeat)
    if a.no_networkx:
        say("UNAVAILABLE peer.networkx skipped (BENCH_QUICK=1)")
    else:
        bench_networkx(a.graphml, a.src, a.dst)


if __name__ == "__main__":
    main()
