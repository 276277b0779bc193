#!/usr/bin/env python3
"""Splits a `perf record -g` profile of `diplograph build` into pipeline stages.

Usage:
  perf record -e cpu-clock -F 999 -g -o perf.data diplograph build CORPUS -o out.graphml -o out.dot
  perf script -i perf.data -F tid,time,ip,sym | python3 bench/perf_stages.py

Each sample goes to the first stage (in the order of STAGES below) one of whose patterns occurs
in a frame of its call chain (mangled Swift names); samples of no stage are "other" (process
start, kernel, and malloc/free samples whose call chain is cut short: glibc has no frame
pointers). Prints a Markdown table: CPU seconds and share per stage, and the wall-clock
span of the corpus-wide tail (from the first sample in Pipeline.finish to the last sample) with
the CPU seconds spent in it, so that a single-core tail shows as tail CPU ≈ tail wall.
"""
import collections
import os
import sys

import perf_script

# (stage, substrings of mangled frame names); the first match wins, most specific first.
STAGES = [
    ("finish: co-occurrence", ["CooccurrenceCounterV6finish", "CooccurrenceCounterV14finishReleasing", "SortedArticleIDs"]),
    ("finish: meeting merge", ["MeetingMerger", "PipelineO5remap"]),
    ("finish: entity aggregation", ["EntityAggregatorV6finish"]),
    ("graph build", ["GraphBuilder"]),
    ("export", ["GraphMLWriter", "DOTWriter", "DOTExporter", "14DiplographCore3DOT", "writeAtomically", "ByteSink", "XMLWriters", "CoreWriters"]),
    ("meeting extraction", ["MeetingExtractor", "MeetingMatcher", "MeetingPatterns", "SentenceTokens"]),
    ("co-occurrence tally", ["CooccurrenceCounterV5tally"]),
    ("serial merge (Merger.add)", ["PipelineO6MergerV3add", "CooccurrenceCounterV3add", "EntityAggregatorV3add", "ArticleQuotes"]),
    ("resolve", ["Resolver", "AliasIndex", "NameTokenizer", "Lexicon"]),
    ("split", ["SentenceSplitter"]),
    ("ingest", ["ReaderRegistry", "PlainText", "ArticleChunker", "InputCollector", "Boilerplate", "FeedReader", "HTMLArticleReader"]),
    ("alias load", ["AliasTables", "AliasTable", "DefaultAlias"]),
]


def main():
    counts = collections.Counter()
    tail_start = None
    samples = []  # (time, stage, in Pipeline.finish)
    for head, _, chain in perf_script.samples(sys.stdin):
        stage = next((name for name, pats in STAGES if any(p in f for f in chain for p in pats)), "other")
        samples.append((head, stage, any("PipelineO6finish" in f for f in chain)))
    if not samples:
        sys.exit("perf_stages.py: no samples on standard input")
    samples.sort()
    first, last = samples[0][0], samples[-1][0]
    n = len(samples)
    period = (last - first) / n  # not used for CPU time: each sample is one cpu-clock tick
    for _, stage, _ in samples:
        counts[stage] += 1
    # The tail: from the first sample inside Pipeline.finish to the end of the run.
    tail_start = next((t for t, _, f in samples if f), None)
    hz = float(os.environ.get("PERF_HZ", "999"))
    print("| stage | CPU s | share |")
    print("| --- | ---: | ---: |")
    for name, _ in STAGES + [("other", [])]:
        if counts[name]:
            print(f"| {name} | {counts[name] / hz:.2f} | {100 * counts[name] / n:.1f} % |")
    print(f"| total | {n / hz:.2f} | 100 % |")
    if tail_start is not None:
        tail = [s for s in samples if s[0] >= tail_start]
        wall = last - tail_start
        print()
        print(f"run wall (first to last sample): {last - first:.2f} s; tail (Pipeline.finish to the end): "
              f"{wall:.2f} s wall = {100 * wall / (last - first):.1f} % of the run, {len(tail) / hz:.2f} CPU s "
              f"(average {len(tail) / hz / wall if wall > 0 else 0:.2f} cores busy)")


if __name__ == "__main__":
    main()
