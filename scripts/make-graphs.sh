#!/usr/bin/env bash
# Writes the example graphs: scripts/make-graphs.sh DIPLOGRAPH_BINARY OUTPUT_FOLDER
# Used by `make run` and by the test that checks graphs/ is reproducible, so both agree.
set -euo pipefail
bin=$1
out=$2
here=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$out"
# The full graph for Gephi, NetworkX, igraph, spreadsheets; the DOT (and so diplomacy.svg) is
# the diagram view: the few nodes and edges a drawing can show.
"$bin" build "$here/examples" --aliases "$here/examples/aliases.tsv" \
  -o "$out/diplomacy.graphml" -o "$out/diplomacy.gexf" \
  -o "$out/diplomacy.json" -o "$out/diplomacy.csv" -o "$out/diplomacy.html"
"$bin" build "$here/examples" --aliases "$here/examples/aliases.tsv" --view diagram \
  -o "$out/diplomacy.dot"
"$bin" build "$here/examples" --aliases "$here/examples/aliases.tsv" --graph meetings \
  -o "$out/meetings.graphml" -o "$out/meetings.dot"
