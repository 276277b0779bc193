#!/usr/bin/env bash
# Diplograph benchmarks: `make bench` builds the release products, then runs this script.
# Prints a Markdown table and writes it to bench/results/latest.md. See bench/README.md.
#
#   BENCH_QUICK=1   10 MB corpus only, no NetworkX, fewer repeats (a few minutes)
#   BENCH_OUT=FILE  where to write the table (default bench/results/latest.md)
#   BENCH_NOTE=TEXT a note for the results header (e.g. which branches were measured)
#   BENCH_TIMEOUT=S time limit of one command on corpora above 10 MB (default 600 s): past it
#                   the figure reads "> S s" and the other figures of that corpus are skipped
#   BENCH_SIZES, BENCH_GRAPH_NODES, BENCH_GRAPH_EDGES, BENCH_ALIAS_COUNT: smaller settings to
#                   test this script (defaults "10 100", 100000, 1000000, 1000000)
#   BENCH_PARTS, BENCH_PART_MB: partials bench, PARTS shards of PART_MB MB each (default 100 × 10,
#                   a 1 GB corpus; BENCH_QUICK=1: 10 × 1); BENCH_PARTS=0 skips it
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
BIN="$ROOT/.build/release/diplograph"
BENCH="$ROOT/.build/release/diplograph-bench"
QUICK="${BENCH_QUICK:-0}"
OUT="${BENCH_OUT:-$ROOT/bench/results/latest.md}"
CORPUS="$ROOT/bench/corpus"
WORK="$CORPUS/work"
GEN="$ROOT/../shared/bench/gen_corpus.py"
TIME=/usr/bin/time
mkdir -p "$CORPUS" "$WORK" "$(dirname "$OUT")"

for b in "$BIN" "$BENCH"; do
  [[ -x "$b" ]] || { echo "bench: $b is missing: run 'make bench' (it builds the release products)" >&2; exit 2; }
done
[[ -x "$TIME" ]] || { echo "bench: /usr/bin/time is missing (apt-get install time)" >&2; exit 2; }

TIMEOUT="${BENCH_TIMEOUT:-600}"
if [[ "$QUICK" == 1 ]]; then SIZES=(10); REPEAT=1; else SIZES=(10 100); REPEAT=3; fi
[[ -n "${BENCH_SIZES:-}" ]] && read -r -a SIZES <<< "$BENCH_SIZES"
GNODES="${BENCH_GRAPH_NODES:-100000}"; GEDGES="${BENCH_GRAPH_EDGES:-1000000}"; ALIASES="${BENCH_ALIAS_COUNT:-1000000}"

# ---------------------------------------------------------------------------------------------
# Helpers

declare -A R=()       # figure name -> value (from RESULT lines and our own measurements)
declare -A NA=()      # figure name -> why it is not available
ROWS=()               # Markdown table rows
NOTES=()
[[ -n "${BENCH_NOTE:-}" ]] && NOTES+=("$BENCH_NOTE")

log() { echo "bench: $*" >&2; }

# Collects `RESULT name value unit` and `UNAVAILABLE name why` lines of a file into R and NA.
collect() {
  local tag name value rest
  while read -r tag name value rest; do
    case "$tag" in
      RESULT) R[$name]="$value" ;;
      UNAVAILABLE) NA[$name]="$value $rest" ;;
    esac
  done < "$1"
}

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END { if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2] + a[NR/2+1]) / 2 }'; }
calc() { awk "BEGIN { printf \"%.${2:-2}f\", $1 }"; }
row() { ROWS+=("| $1 | $2 | $3 | $4 |"); }
# A figure from R with a unit, or the reason it is missing.
fig() { if [[ -n "${R[$1]:-}" ]]; then printf '%s%s' "$(calc "${R[$1]}" "${3:-2}")" "${2:+ $2}"; else printf 'n/a (%s)' "${NA[$1]:-not measured}"; fi; }
ratio() { if [[ -n "${R[$1]:-}" && -n "${R[$2]:-}" ]]; then calc "${R[$1]} / ${R[$2]}" 2; else echo "n/a"; fi; }

# Runs a command under /usr/bin/time: appends "seconds max_rss_kb" to the named array.
# Exit status 0 and 1 (path: no path found) are accepted; a timeout (see big) returns 124;
# anything else stops the benchmark.
LIMIT=()   # set to (timeout S) for the big corpora
measure() {
  local -n _acc="$1"; shift
  local tf="$WORK/time.txt" status=0
  "$TIME" -f '%e %M' -o "$tf" "${LIMIT[@]}" "$@" || status=$?
  if (( status == 124 )) && (( ${#LIMIT[@]} > 0 )); then
    log "timed out after ${LIMIT[1]} s: $*"; return 124
  fi
  if (( status > 1 )); then
    log "command failed ($status): $*"; cat "$tf" >&2; exit 1
  fi
  _acc+=("$(tail -n 1 "$tf")")
}
# Sets LIMIT for corpus size $1 (no limit up to 10 MB).
big() { if awk "BEGIN { exit !($1 > 10) }"; then LIMIT=(timeout "$TIMEOUT"); else LIMIT=(); fi; }
declare -A SKIP=()    # corpus size -> why its remaining figures were skipped
col() { local i="$1"; shift; for x in "$@"; do echo "$x" | awk -v i="$i" '{print $i}'; done; }

# ---------------------------------------------------------------------------------------------
# Corpora

START_LOAD="$(cut -d' ' -f1-3 /proc/loadavg)"
log "load average at start: $START_LOAD (2-core machine: figures above ~2 were taken under load)"
if [[ -f "$GEN" ]]; then GENERATOR="gen_corpus.py (../shared/bench), seed 1, with ground truth"; else
  GENERATOR="bench/gen_fallback.py (../shared absent): news-like text from data/default-aliases.tsv, NO ground truth"
  NOTES+=("Corpora from the fallback generator: no ground truth, so no quality figures.")
fi
corpus_dir() { if [[ -f "$GEN" ]]; then echo "$CORPUS/news-${1}mb"; else echo "$CORPUS/fallback-${1}mb"; fi; }
for s in "${SIZES[@]}"; do
  d="$(corpus_dir "$s")"
  if [[ ! -f "$d/.complete" ]]; then
    rm -rf "$d"
    log "generating the ${s} MB corpus in $d"
    if [[ -f "$GEN" ]]; then python3 "$GEN" "$s" 1 "$d" >&2; else python3 bench/gen_fallback.py "$s" 1 "$d" >&2; fi
    touch "$d/.complete"
  fi
done

# Words of a corpus: from the truth file when there is one, else counted.
corpus_words() {
  if [[ -f "$1.truth.jsonl" ]]; then
    python3 -c 'import json,sys; print(sum(json.loads(l)["words"] for l in open(sys.argv[1]) if l.strip()))' "$1.truth.jsonl"
  else find -L "$1" -name '*.txt' -print0 | sort -z | xargs -0 cat | wc -w; fi
}
corpus_bytes() { find -L "$1" -name '*.txt' -print0 | xargs -0 cat | wc -c; }

# ---------------------------------------------------------------------------------------------
# 1-2. End-to-end build: both cores and one core (taskset), throughput, peak RSS, identical bytes

for s in "${SIZES[@]}"; do
  d="$(corpus_dir "$s")"
  bytes="$(corpus_bytes "$d")"; words="$(corpus_words "$d")"
  R[corpus.$s.bytes]="$bytes"; R[corpus.$s.words]="$words"
  n=$REPEAT
  both=(); one=()
  big "$s"
  for ((i = 0; i < n; i++)); do
    log "build ${s} MB, both cores, run $((i + 1))/$n"
    if ! measure both "$BIN" build "$d" -o "$WORK/b$s-2.graphml" -o "$WORK/b$s-2.dot" 2> "$WORK/build-$s.err"; then
      SKIP[$s]="the ${s} MB build took over $TIMEOUT s (BENCH_TIMEOUT)"; break
    fi
    # Runs over two minutes are not repeated (the figure is then one run).
    awk "BEGIN { exit !($(col 1 "${both[-1]}") > 120) }" && break
  done
  if [[ -n "${SKIP[$s]:-}" ]]; then
    NOTES+=("${s} MB: ${SKIP[$s]}; its other figures were skipped.")
    R[build.$s.t2]=">$TIMEOUT"; continue
  fi
  # One single-core run is enough when a run takes over two minutes.
  n1=$n; awk "BEGIN { exit !($(col 1 "${both[-1]}") > 120) }" && n1=1
  for ((i = 0; i < n1; i++)); do
    log "build ${s} MB, one core (taskset -c 0), run $((i + 1))/$n1"
    measure one taskset -c 0 "$BIN" build "$d" -o "$WORK/b$s-1.graphml" -o "$WORK/b$s-1.dot" 2> "$WORK/build-$s.err" \
      || { R[build.$s.t1]=">$TIMEOUT"; break; }
  done
  t2="$(median $(col 1 "${both[@]}"))"; m2="$(median $(col 2 "${both[@]}"))"
  R[build.$s.t2]="$t2"; R[build.$s.runs2]="${#both[@]}"
  R[build.$s.mbps2]="$(calc "$bytes / 1e6 / ($t2 > 0 ? $t2 : 0.01)" 3)"
  R[build.$s.wps2]="$(calc "$words / ($t2 > 0 ? $t2 : 0.01)" 0)"
  R[build.$s.rss2]="$(calc "$m2 / 1024" 1)"
  R[build.$s.graphml]="$(calc "$(stat -c %s "$WORK/b$s-2.graphml") / 1048576" 2)"
  if [[ "${#one[@]}" == 0 ]]; then R[build.$s.identical]="not compared (one-core run timed out)"; continue; fi
  t1="$(median $(col 1 "${one[@]}"))"
  R[build.$s.t1]="$t1"; R[build.$s.runs1]="${#one[@]}"
  R[build.$s.mbps1]="$(calc "$bytes / 1e6 / ($t1 > 0 ? $t1 : 0.01)" 3)"
  R[build.$s.wps1]="$(calc "$words / ($t1 > 0 ? $t1 : 0.01)" 0)"
  if cmp -s "$WORK/b$s-2.graphml" "$WORK/b$s-1.graphml" && cmp -s "$WORK/b$s-2.dot" "$WORK/b$s-1.dot"; then
    R[build.$s.identical]=yes; else R[build.$s.identical]=no; fi
done

# ---------------------------------------------------------------------------------------------
# 3. Per-stage times (one thread, library calls)

for s in "${SIZES[@]}"; do
  d="$(corpus_dir "$s")"
  [[ -n "${SKIP[$s]:-}" ]] && continue
  rep=$REPEAT; big "$s"; (( ${#LIMIT[@]} > 0 )) && rep=1
  log "stages on ${s} MB ($rep run(s))"
  "${LIMIT[@]}" "$BENCH" stages "$d" --repeat "$rep" > "$WORK/stages-$s.out" 2> "$WORK/stages-$s.err" \
    || { log "stages on ${s} MB failed or timed out"; NOTES+=("stages on ${s} MB: failed or over $TIMEOUT s."); }
  while read -r tag name value unit; do
    [[ "$tag" == RESULT ]] && R[$s.$name]="$value"
  done < "$WORK/stages-$s.out"
done

# ---------------------------------------------------------------------------------------------
# 4. `entities` throughput

for s in "${SIZES[@]}"; do
  d="$(corpus_dir "$s")"
  [[ -n "${SKIP[$s]:-}" ]] && continue
  runs=(); big "$s"
  for ((i = 0; i < REPEAT; i++)); do
    log "entities ${s} MB, run $((i + 1))/$REPEAT"
    measure runs "$BIN" entities "$d" --json > "$WORK/entities-$s.json" 2> "$WORK/entities-$s.err" || break
    awk "BEGIN { exit !($(col 1 "${runs[-1]}") > 120) }" && break
  done
  [[ "${#runs[@]}" == 0 ]] && { R[entities.$s.t]=">$TIMEOUT"; continue; }
  t="$(median $(col 1 "${runs[@]}"))"
  R[entities.$s.t]="$t"
  R[entities.$s.mbps]="$(calc "${R[corpus.$s.bytes]} / 1e6 / ($t > 0 ? $t : 0.01)" 3)"
  R[entities.$s.rss]="$(calc "$(median $(col 2 "${runs[@]}")) / 1024" 1)"
done

# ---------------------------------------------------------------------------------------------
# 7. Quality at scale (10 MB, against the generator's ground truth)

LIMIT=()
Q="${SIZES[0]}"; d10="$(corpus_dir "$Q")"
QUALITY=""
if [[ -f "$d10.truth.jsonl" ]]; then
  log "quality on $Q MB"
  # entities-$Q.json was written by the throughput runs above.
  "$BIN" meetings "$d10" --json > "$WORK/meetings-$Q.json" 2> "$WORK/meetings-$Q.err"
  QUALITY="$(python3 bench/score_truth.py --examples 0 --truth "$d10.truth.jsonl" --universe "$d10.entities.json" \
    --entities "$WORK/entities-$Q.json" --meetings "$WORK/meetings-$Q.json" 2> "$WORK/quality.out")" \
    || { log "score_truth.py failed: $(tail -n 1 "$WORK/quality.out")"; QUALITY=""; }
  collect "$WORK/quality.out"
fi

# ---------------------------------------------------------------------------------------------
# 5-6. Graph I/O (100k nodes, 1M edges), path query, peers

GDIR="$CORPUS/graph"
log "graph I/O: $GNODES nodes, $GEDGES edges ($REPEAT runs each)"
"$BENCH" graph --nodes "$GNODES" --edges "$GEDGES" --seed 1 --out "$GDIR" --repeat "$REPEAT" > "$WORK/graph.out"
collect "$WORK/graph.out"
FROM="$(sed -n 's/^LABEL from //p' "$WORK/graph.out")"; TO="$(sed -n 's/^LABEL to //p' "$WORK/graph.out")"
FROM_I="$(sed -n 's/^INDEX from //p' "$WORK/graph.out")"; TO_I="$(sed -n 's/^INDEX to //p' "$WORK/graph.out")"
if "$BIN" path --help 2>&1 | grep -q -- '--graph' && "$BIN" path "$FROM" "$TO" --graph "$GDIR/bench.graphml" --via any > "$WORK/path.txt" 2> "$WORK/path.err"; then
  runs=()
  for ((i = 0; i < REPEAT; i++)); do
    log "path query, run $((i + 1))/$REPEAT"
    measure runs "$BIN" path "$FROM" "$TO" --graph "$GDIR/bench.graphml" --via any > "$WORK/path.txt" 2> "$WORK/path.err"
  done
  R[path.t]="$(median $(col 1 "${runs[@]}"))"
  R[path.rss]="$(calc "$(median $(col 2 "${runs[@]}")) / 1024" 1)"
else
  NA[path.t]="diplograph path --graph failed: $(head -c 200 "$WORK/path.err" | tr '\n' ' ')"
fi
log "peers (igraph$([[ "$QUICK" == 1 ]] || echo ', NetworkX once'))"
peer_args=("$GDIR/bench.graphml" "$FROM_I" "$TO_I" --repeat "$REPEAT")
[[ "$QUICK" == 1 ]] && peer_args+=(--no-networkx)
python3 bench/peers.py "${peer_args[@]}" > "$WORK/peers.out" || log "peers.py failed"
collect "$WORK/peers.out"

# HTML viewer: the page of a 5,000-node, 50,000-edge graph opened in headless Chromium; load =
# until it is drawn and answers (graph-status ready), layout = until its force layout stops.
VPAGE="$CORPUS/viewer.html"
"$BENCH" viewer --nodes 5000 --edges 50000 --seed 1 --out "$VPAGE" > "$WORK/viewer.out" && collect "$WORK/viewer.out"
if ! command -v chromium >/dev/null 2>&1; then
  NA[viewer.load]="chromium is not installed"
elif log "HTML viewer in headless Chromium" && python3 scripts/browser-check.py "$VPAGE" --wait-layout > "$WORK/viewer.json" 2> "$WORK/viewer.err"; then
  read -r R[viewer.load] R[viewer.layout] < <(python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); print(d["load_ms"] / 1000, (d.get("layout_ms") or 0) / 1000)' "$WORK/viewer.json")
else
  NA[viewer.load]="browser-check failed: $(head -c 200 "$WORK/viewer.err" | tr '\n' ' ')"
fi

# spaCy with as many processes as we have threads, on a slice of the 10 MB corpus large enough
# for its steady state (BENCH_SPACY_MB, default 2 MB; its rate is taken after the first quarter
# of the words), and ours with the same cores on the same slice and on the whole 10 MB corpus.
CORES="$(nproc)"
SPACY_MB="${BENCH_SPACY_MB:-2}"
SLICE="$CORPUS/slice-${SPACY_MB}mb"
if [[ ! -f "$SLICE/.complete" ]]; then
  rm -rf "$SLICE"; mkdir -p "$SLICE"; total=0
  for f in $(find -L "$d10" -name '*.txt' | sort); do
    cp "$f" "$SLICE/"; total=$((total + $(stat -c %s "$f"))); (( total >= SPACY_MB * 1000000 )) && break
  done
  touch "$SLICE/.complete"
fi
log "spaCy on the ${SPACY_MB} MB slice, $CORES process(es)"
if [[ -z "$(find "$SLICE" -name '*.txt' -print -quit)" ]]; then
  NA[peer.spacy]="the slice $SLICE has no .txt file"
else
  python3 bench/spacy_peer.py "$SLICE" --processes "$CORES" > "$WORK/spacy.out" || log "spacy_peer.py failed"
  collect "$WORK/spacy.out"
fi
if [[ -n "${R[peer.spacy.words_per_s]:-}" ]]; then
  runs=()
  for ((i = 0; i < 3; i++)); do measure runs "$BIN" build "$SLICE" --threads "$CORES" -o "$WORK/slice.graphml" 2> /dev/null; done
  R[slice.wps]="$(calc "${R[peer.spacy.words]} / $(median $(col 1 "${runs[@]}"))" 0)"
fi

# ---------------------------------------------------------------------------------------------
# 8. Alias table load (1,000,000 aliases)

log "alias table load: $ALIASES aliases"
"$BENCH" aliases --count "$ALIASES" --out "$CORPUS" --repeat "$REPEAT" > "$WORK/aliases.out" 2> "$WORK/aliases.err" \
  || NA[aliases.load]="diplograph-bench aliases failed: $(head -c 200 "$WORK/aliases.err" | tr '\n' ' ')"
collect "$WORK/aliases.out"

# ---------------------------------------------------------------------------------------------
# 9. Partials: extract PARTS shards, merge the partials, compare with build (bench/partials.sh)

if [[ "$QUICK" == 1 ]]; then PARTS="${BENCH_PARTS:-10}"; PART_MB="${BENCH_PART_MB:-1}"; else
  PARTS="${BENCH_PARTS:-100}"; PART_MB="${BENCH_PART_MB:-10}"; fi
if (( PARTS > 0 )); then
  PSIZE=$((PARTS * PART_MB)); PD="$(corpus_dir "$PSIZE")"
  if [[ ! -f "$PD/.complete" ]]; then
    rm -rf "$PD"; log "generating the ${PSIZE} MB corpus in $PD (partials)"
    if [[ -f "$GEN" ]]; then python3 "$GEN" "$PSIZE" 1 "$PD" >&2; else python3 bench/gen_fallback.py "$PSIZE" 1 "$PD" >&2; fi
    touch "$PD/.complete"
  fi
  log "partials: $PARTS shards of ${PART_MB} MB: extract, merge, build"
  bash bench/partials.sh "$BIN" "$PD" "$PARTS" "$WORK/partials" > "$WORK/partials.out" \
    || NA[partials.merge_graph_s]="bench/partials.sh failed"
  collect "$WORK/partials.out"
fi

# ---------------------------------------------------------------------------------------------
# The table

END_LOAD="$(cut -d' ' -f1-3 /proc/loadavg)"
BIG="${SIZES[-1]}"
for s in "${SIZES[@]}"; do
  tgt="≥ 100 MB/s on 100 MB"; [[ "$s" != 100 ]] && tgt="(100 MB figure is the target)"
  if [[ -n "${SKIP[$s]:-}" ]]; then
    row "build ${s} MB, both cores: throughput" "> $TIMEOUT s: below $(calc "${R[corpus.$s.bytes]} / 1e6 / $TIMEOUT" 2) MB/s (timed out)" "$tgt" ""
    continue
  fi
  row "build ${s} MB, both cores: throughput" "$(calc "${R[build.$s.mbps2]}" 2) MB/s, $(calc "${R[build.$s.wps2]} / 1e6" 3) M words/s (${R[build.$s.t2]} s, ${R[build.$s.runs2]} run(s))" "$tgt" ""
  if [[ -n "${R[build.$s.mbps1]:-}" ]]; then
    row "build ${s} MB, one core (taskset -c 0)" "$(calc "${R[build.$s.mbps1]}" 2) MB/s, $(calc "${R[build.$s.wps1]} / 1e6" 3) M words/s (${R[build.$s.t1]} s, ${R[build.$s.runs1]} run(s))" "" "two cores are $(calc "${R[build.$s.t1]} / ${R[build.$s.t2]}" 2)× faster"
  else
    row "build ${s} MB, one core (taskset -c 0)" "> $TIMEOUT s (timed out)" "" ""
  fi
  row "build ${s} MB: one-core and two-core outputs byte-identical" "identical: ${R[build.$s.identical]}" "yes" ""
  row "build ${s} MB: peak RSS (both cores)" "${R[build.$s.rss2]} MB (GraphML ${R[build.$s.graphml]} MB)" "< 1.5 × graph + fixed budget" "RSS − 1.5 × GraphML = $(calc "${R[build.$s.rss2]} - 1.5 * ${R[build.$s.graphml]}" 1) MB"
done
if [[ -n "${R[build.100.rss2]:-}" && -n "${R[build.10.rss2]:-}" ]]; then
  row "peak RSS 100 MB / 10 MB" "$(calc "${R[build.100.rss2]} / ${R[build.10.rss2]}" 2)×" "≈ 1× (independent of corpus size)" ""
fi
for s in "${SIZES[@]}"; do
  tot=0
  for st in aliases ingest split resolve relate graph export; do tot="$(calc "$tot + ${R[$s.stage.$st]:-0}" 4)"; done
  [[ -z "${R[$s.stage.ingest]:-}" ]] && { row "stages (${s} MB)" "n/a (${SKIP[$s]:-failed or timed out})" "" ""; continue; }
  for st in aliases ingest split resolve relate relate.meetings relate.cooccurrence relate.aggregate relate.merge graph export; do
    v="${R[$s.stage.$st]:-}"
    [[ -z "$v" ]] && { row "stage ${st} (${s} MB, 1 thread)" "n/a" "" ""; continue; }
    row "stage ${st} (${s} MB, 1 thread)" "$(calc "$v" 3) s ($(calc "100 * $v / ($tot > 0 ? $tot : 1)" 0) %)" "" ""
  done
  row "Pipeline.run in-process (${s} MB, 1 thread)" "$(calc "${R[$s.stage.pipeline_1t]:-0}" 3) s; $(calc "${R[$s.stage.articles]:-0}" 0) articles, $(calc "${R[$s.stage.nodes]:-0}" 0) nodes, $(calc "${R[$s.stage.edges]:-0}" 0) edges" "" ""
done
for s in "${SIZES[@]}"; do
  if [[ -n "${R[entities.$s.mbps]:-}" ]]; then
    row "entities ${s} MB (both cores)" "$(calc "${R[entities.$s.mbps]}" 2) MB/s (${R[entities.$s.t]} s, ${R[entities.$s.rss]} MB RSS)" "" ""
  else
    row "entities ${s} MB (both cores)" "n/a (${SKIP[$s]:-timed out})" "" ""
  fi
done
if [[ -n "$QUALITY" ]]; then
  for typ in person country organization place all; do
    row "quality $Q MB: entities ${typ}" "P $(fig quality.entities.$typ.precision "" 3) / R $(fig quality.entities.$typ.recall "" 3)" "" ""
  done
  row "quality $Q MB: meetings (held/phone pairs)" "P $(fig quality.meetings.precision "" 3) / R $(fig quality.meetings.recall "" 3); kind agreement $(fig quality.meetings.kind_agreement "" 3); non-meetings reported $(fig quality.meetings.fp_non_meetings "" 0)" "" ""
fi
G="$(calc "${R[graph.nodes]:-0}" 0) nodes, $(calc "${R[graph.edges]:-0}" 0) edges"
row "GraphML write ($G, $(calc "${R[graph.size.graphml]:-0} / 1e6" 0) MB)" "$(fig graph.write.graphml s)" "< 1.3 s" "igraph $(fig peer.igraph.write s) (ours/igraph $(ratio graph.write.graphml peer.igraph.write)); NetworkX $(fig peer.networkx.write s 1)"
for ext in gexf dot json csv; do
  row "$(echo "$ext" | tr a-z A-Z) write" "$(fig graph.write.$ext s) ($(calc "${R[graph.size.$ext]:-0} / 1e6" 0) MB)" "" ""
done
row "GraphML read (library)" "$(fig graph.read.graphml s); round trip equal: $([[ "${R[graph.read.roundtrip_equal]:-0}" == 1.0000 ]] && echo yes || echo no)" "" "igraph $(fig peer.igraph.read s) (ours/igraph $(ratio graph.read.graphml peer.igraph.read)); NetworkX $(fig peer.networkx.read s 1)"
row "\`diplograph path\` read + one shortest path (CLI, $(calc "${R[graph.path_hops]:-0}" 0) hops)" "$(fig path.t s)${R[path.rss]:+, ${R[path.rss]} MB RSS}" "< 1.9 s" "igraph read + Dijkstra $(if [[ -n "${R[peer.igraph.read]:-}" ]]; then calc "${R[peer.igraph.read]} + ${R[peer.igraph.dijkstra]}" 2; else echo n/a; fi) s (Dijkstra alone $(fig peer.igraph.dijkstra s)); NetworkX $(fig peer.networkx.shortest_path s) path"
row "HTML viewer, 5,000 nodes / 50,000 edges ($(calc "${R[viewer.size]:-0} / 1e6" 0) MB), headless Chromium" "$(fig viewer.load s) until drawn and usable; force layout stops after $(fig viewer.layout s 1)" "" ""
row "1M-alias table load" "$(fig aliases.load s)" "< 2 s" ""
if [[ -n "${R[partials.merge_graph_s]:-}" ]]; then
  P="${R[partials.count]} partials of $(calc "${R[partials.corpus_bytes]} / ${R[partials.count]} / 1e6" 1) MB"
  row "extract: $P (one after the other, both cores each)" "$(fig partials.extract_s s) in all; largest RSS $(fig partials.extract_rss_mb MB 1)" "" "build of the whole corpus: $(fig partials.build_s s), RSS $(fig partials.build_rss_mb MB 1)"
  row "partial size" "$(calc "${R[partials.bytes_per_mb]} / 1e3" 0) kB per MB of input ($(calc "${R[partials.bytes]} / 1e6" 1) MB in all; merged into one: $(calc "${R[partials.merged_bytes]} / 1e6" 1) MB)" "" ""
  row "merge: $P into a GraphML graph" "$(fig partials.merge_graph_s s), RSS $(fig partials.merge_graph_rss_mb MB 1) ($(calc "100 * ${R[partials.merge_graph_s]} / ${R[partials.extract_s]}" 1) % of extracting them)" "a fraction of extract" "into one partial: $(fig partials.merge_partial_s s); one merged partial to GraphML: $(fig partials.merge_one_s s)"
  row "merge output = build output (GraphML bytes)" "identical: $([[ "${R[partials.identical]}" == 1 ]] && echo yes || echo no)" "yes" ""
elif (( PARTS > 0 )); then
  row "partials (extract, merge)" "n/a (${NA[partials.merge_graph_s]:-not measured})" "" ""
fi
if [[ -n "${R[peer.spacy.words_per_s]:-}" ]]; then
  W10="${R[build.${SIZES[0]}.wps2]:-}"
  row "text pipeline vs spaCy en_core_web_sm NER + NetworkX, $CORES cores each (spaCy: $CORES processes)" \
    "ours $(calc "${R[slice.wps]} / 1000" 0) k words/s on the $(calc "${R[peer.spacy.bytes]} / 1e6" 1) MB slice$([[ -n "$W10" ]] && echo ", $(calc "$W10 / 1000" 0) k words/s on ${SIZES[0]} MB")" "" \
    "spaCy $(calc "${R[peer.spacy.steady_words_per_s]} / 1000" 2) k words/s steady ($(calc "${R[peer.spacy.words_per_s]} / 1000" 2) k over the whole slice); ours/spaCy at equal cores: $(calc "${R[slice.wps]} / ${R[peer.spacy.steady_words_per_s]}" 0)× on the slice$([[ -n "$W10" ]] && echo ", $(calc "$W10 / ${R[peer.spacy.steady_words_per_s]}" 0)× on ${SIZES[0]} MB")"
else
  row "text pipeline vs spaCy" "n/a" "" "skipped: ${NA[peer.spacy]:-spaCy not installed}"
fi

{
  echo "# Diplograph benchmark results"
  echo
  echo "- date: $(date -u +%Y-%m-%dT%H:%MZ); commit: $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD 2>/dev/null || echo ' (with uncommitted changes)')"
  echo "- machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo); load average at start $START_LOAD, at end $END_LOAD"
  echo "- corpora: $GENERATOR; $(for s in "${SIZES[@]}"; do printf "%s MB = %s bytes, %s words. " "$s" "${R[corpus.$s.bytes]}" "${R[corpus.$s.words]}"; done)"
  echo "- each figure is the median of $REPEAT run(s) unless noted (one-core 100 MB build and 100 MB stages: 1 run; NetworkX: 1 run)$([[ "$QUICK" == 1 ]] && echo '; BENCH_QUICK=1 (partial run)')"
  for n in "${NOTES[@]+"${NOTES[@]}"}"; do echo "- $n"; done
  echo
  echo "| figure | value | target | peer |"
  echo "| --- | --- | --- | --- |"
  printf '%s\n' "${ROWS[@]}"
  if [[ -n "$QUALITY" ]]; then
    echo
    echo "## Quality on the $Q MB corpus (bench/score_truth.py)"
    echo
    echo "$QUALITY"
  fi
} > "$OUT.tmp"
mv "$OUT.tmp" "$OUT"
cat "$OUT"
log "wrote $OUT"
