#!/bin/bash
# Rebuilds the seed corpora from the repository's own files. Pipeline seeds start with the mode
# byte (FuzzEntry.Mode: 0 text, 1 JSON Lines, 2 HTML, 3 feed, 4 alias table).
# Usage: fuzz/make-seeds.sh [path/to/diplograph]   (the tool writes the GraphML seeds)
set -eu
cd "$(dirname "$0")/.."
BIN=${1:-.build/debug/diplograph}
P=fuzz/corpus/pipeline G=fuzz/corpus/graphml
mkdir -p $P $G
seed() { { printf "\\x$(printf %02x $1)"; cat "$2"; } > "$P/$3"; }
for f in examples/*.txt Tests/Fixtures/wire/*.txt; do seed 0 "$f" "txt-$(basename "$f" .txt)"; done
seed 1 Tests/Fixtures/wire/batch.jsonl jsonl-wire-batch
for f in fuzz/samples/*.jsonl; do seed 1 "$f" "jsonl-$(basename "$f" .jsonl)"; done
for f in Tests/DiplographXMLTests/Fixtures/*.htm* fuzz/samples/*.html; do seed 2 "$f" "html-$(basename "$f")"; done
for f in Tests/DiplographXMLTests/Fixtures/*.rss Tests/DiplographXMLTests/Fixtures/*.atom fuzz/samples/*.rss; do seed 3 "$f" "feed-$(basename "$f")"; done
seed 4 examples/aliases.tsv aliases-examples
seed 4 fuzz/samples/aliases-bad.tsv aliases-bad
cp Tests/DiplographXMLTests/Fixtures/*.graphml $G/
if [ -x "$BIN" ]; then
  for kind in combined cooccurrence meetings; do
    "$BIN" build examples --aliases examples/aliases.tsv --graph $kind -o $G/examples-$kind.graphml
  done
  "$BIN" build Tests/Fixtures/wire/batch.jsonl -o $G/wire-batch.graphml
fi
ls $P | wc -l; ls $G | wc -l
