#!/usr/bin/env python3
"""The corpus-wide tail of `diplograph build`, from a `perf record -g` profile.

Usage:
  perf record -e cpu-clock -F 499 -g -o perf.data diplograph build CORPUS -o out.graphml -o out.dot
  perf script -i perf.data -F tid,time,ip,sym | PERF_HZ=499 python3 bench/perf_tail.py

The run is cut by time into windows: extraction (to the first sample inside Pipeline.finish),
finish (to its last sample), graph build (to the last GraphBuilder sample) and export (the
rest). Prints, as measured: the tail (finish to the end) in wall seconds and share of the run,
and how much of it had one thread running (0.1 s buckets in which at most one thread has 3 or
more samples). On a shared machine wall times follow the load; so it also prints an estimate
for two free cores: extraction's CPU / 2, and for each tail window the CPU of its busiest thread
(the window's threads run side by side), summed.
"""
import collections
import os
import sys

import perf_script


def main():
    hz = float(os.environ.get("PERF_HZ", "999"))
    samples = []  # (time, tid, in Pipeline.finish, in GraphBuilder)
    for head, tid, chain in perf_script.samples(sys.stdin):
        frames = " ".join(chain)
        samples.append((head, tid, "PipelineO6finish" in frames, "GraphBuilder" in frames))
    if not samples:
        sys.exit("perf_tail.py: no samples on standard input")
    samples.sort()
    t0, t1 = samples[0][0], samples[-1][0]
    f0 = next((t for t, _, f, _ in samples if f), None)
    if f0 is None:
        sys.exit("perf_tail.py: no sample inside Pipeline.finish")
    f1 = max(t for t, _, f, _ in samples if f)
    g1 = max((t for t, _, _, g in samples if g), default=f1)
    tail = [s for s in samples if s[0] >= f0]
    buckets = collections.defaultdict(collections.Counter)
    for t, th, _, _ in tail:
        buckets[int((t - f0) / 0.1)][th] += 1
    one = sum(1 for c in buckets.values() if sum(1 for v in c.values() if v >= 3) <= 1)
    print(f"run {t1 - t0:.2f} s wall, {len(samples) / hz:.2f} CPU s; tail {t1 - f0:.2f} s wall "
          f"({100 * (t1 - f0) / (t1 - t0):.1f} %), {len(tail) / hz:.2f} CPU s, one thread running "
          f"for {one * 0.1:.1f} s of it")
    windows = [("extraction", float("-inf"), f0), ("finish", f0, f1), ("graph build", f1, g1),
               ("export", g1, float("inf"))]
    estimate = {}
    parts = []
    for name, a, b in windows:
        per = collections.Counter(th for t, th, _, _ in samples if a <= t < b)
        cpu = sum(per.values()) / hz
        estimate[name] = cpu / 2 if name == "extraction" else (max(per.values()) / hz if per else 0)
        parts.append(f"{name} {cpu:.2f} CPU s -> {estimate[name]:.2f} s")
    tail_s = estimate["finish"] + estimate["graph build"] + estimate["export"]
    run_s = tail_s + estimate["extraction"]
    print("; ".join(parts))
    print(f"estimate on two free cores: run {run_s:.2f} s, tail {tail_s:.2f} s ({100 * tail_s / run_s:.1f} %)")


if __name__ == "__main__":
    main()
