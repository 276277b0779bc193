#!/usr/bin/env bash
# Partials: splits CORPUS (a folder of generated articles) into PARTS shards of consecutive files
# of about the same size, extracts each (`diplograph extract`), merges the PARTS partials into a
# graph and into one partial (`diplograph merge`), builds the whole corpus, and compares the
# merged graph with build's byte for byte. Prints `RESULT name value unit` lines (bench/run.sh
# collects them).
#
#   bench/partials.sh DIPLOGRAPH CORPUS PARTS WORKDIR
set -euo pipefail
BIN=$1; CORPUS=$2; PARTS=$3; WORK=$4
TIME=/usr/bin/time
mkdir -p "$WORK"
rm -f "$WORK"/shard-*.list "$WORK"/part-*.dgpart

# Shards: consecutive files (in build's order) of about total / PARTS bytes each.
find "$CORPUS" -name '*.txt' -printf '%s %p\n' | LC_ALL=C sort -k2 > "$WORK/files.txt"
awk -v parts="$PARTS" -v work="$WORK" '
  { size[NR] = $1; path[NR] = $2; total += $1 }
  END {
    k = 0; acc = 0
    for (i = 1; i <= NR; i++) {
      if (acc >= (k + 1) * total / parts && k < parts - 1) k++
      printf "%s\n", path[i] > sprintf("%s/shard-%04d.list", work, k)
      acc += size[i]
    }
  }' "$WORK/files.txt"
bytes=$(awk '{ s += $1 } END { print s }' "$WORK/files.txt")
echo "RESULT partials.count $(ls "$WORK"/shard-*.list | wc -l) shards"
echo "RESULT partials.corpus_bytes $bytes bytes"

# Extract each shard (both cores each); total wall time, largest RSS, total partial size.
ext_t=0; ext_rss=0; part_bytes=0
for list in "$WORK"/shard-*.list; do
  part="${list%.list}.dgpart"; part="$WORK/part-${part##*/shard-}"
  mapfile -t files < "$list"
  "$TIME" -f '%e %M' -o "$WORK/time.txt" "$BIN" extract "${files[@]}" -o "$part" 2> "$WORK/extract.err"
  read -r t m < <(tail -n 1 "$WORK/time.txt")
  ext_t=$(awk "BEGIN { print $ext_t + $t }"); (( m > ext_rss )) && ext_rss=$m
  part_bytes=$((part_bytes + $(stat -c %s "$part")))
done
echo "RESULT partials.extract_s $ext_t s"
echo "RESULT partials.extract_rss_mb $(awk "BEGIN { print $ext_rss / 1024 }") MB"
echo "RESULT partials.bytes $part_bytes bytes"
echo "RESULT partials.bytes_per_mb $(awk "BEGIN { print $part_bytes / ($bytes / 1e6) }") bytes"

# Merge every partial into a graph (GraphML), then into one partial only.
parts=("$WORK"/part-*.dgpart)
"$TIME" -f '%e %M' -o "$WORK/time.txt" "$BIN" merge "${parts[@]}" -o "$WORK/merged.graphml" 2> "$WORK/merge.err"
read -r t m < <(tail -n 1 "$WORK/time.txt")
echo "RESULT partials.merge_graph_s $t s"
echo "RESULT partials.merge_graph_rss_mb $(awk "BEGIN { print $m / 1024 }") MB"
"$TIME" -f '%e %M' -o "$WORK/time.txt" "$BIN" merge "${parts[@]}" --partial-out "$WORK/merged.dgpart" 2> "$WORK/merge.err"
read -r t m < <(tail -n 1 "$WORK/time.txt")
echo "RESULT partials.merge_partial_s $t s"
echo "RESULT partials.merged_bytes $(stat -c %s "$WORK/merged.dgpart") bytes"
# Reading the one merged partial back into a graph: what a daily update costs besides today.
"$TIME" -f '%e %M' -o "$WORK/time.txt" "$BIN" merge "$WORK/merged.dgpart" -o "$WORK/merged1.graphml" 2> "$WORK/merge.err"
read -r t m < <(tail -n 1 "$WORK/time.txt")
echo "RESULT partials.merge_one_s $t s"

# Build over the whole corpus: the same bytes?
"$TIME" -f '%e %M' -o "$WORK/time.txt" "$BIN" build "$CORPUS" -o "$WORK/build.graphml" 2> "$WORK/build.err"
read -r t m < <(tail -n 1 "$WORK/time.txt")
echo "RESULT partials.build_s $t s"
echo "RESULT partials.build_rss_mb $(awk "BEGIN { print $m / 1024 }") MB"
same=0; cmp -s "$WORK/build.graphml" "$WORK/merged.graphml" && cmp -s "$WORK/build.graphml" "$WORK/merged1.graphml" && same=1
echo "RESULT partials.identical $same"
rm -f "$WORK"/part-*.dgpart "$WORK/merged.dgpart"
