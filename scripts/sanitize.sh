#!/usr/bin/env bash
# The test suite under a sanitizer: scripts/sanitize.sh address|thread [swift test options...]
#
# Builds the package and its tests with -sanitize=SANITIZER in its own scratch folder
# (.build-asan or .build-tsan, so the normal .build is left alone), runs `swift test` there,
# and prints a summary. The CLI tests run the sanitized `diplograph` built beside the tests, so
# the command-line runs are checked too. Every sanitizer report of every process (the test
# runner and each `diplograph` it starts) goes to a file in the scratch folder's sanitize/
# folder; any report fails the run, whatever the tests said. AddressSanitizer runs with
# LeakSanitizer and the toolchain suppressions of scripts/lsan.supp (and no others).
#
# SANITIZE_SKIP=REGEX passes `--skip REGEX` to swift test (tests to leave out).
set -uo pipefail
cd "$(dirname "$0")/.."
san=${1:?usage: scripts/sanitize.sh address|thread [swift test options...]}
shift
case $san in
  address) scratch=.build-asan ;;
  thread) scratch=.build-tsan ;;
  *) echo "scripts/sanitize.sh: unknown sanitizer '$san' (address or thread)" >&2; exit 2 ;;
esac
SWIFT=${SWIFT:-swift}
reports=$PWD/$scratch/sanitize
rm -rf "$reports"
mkdir -p "$reports"
log=$reports/swift-test.log

start=$(date +%s)
echo "== sanitize $san: building in $scratch"
if ! $SWIFT build --build-tests --sanitize="$san" --scratch-path "$scratch" 2>&1 | grep -v "ld.gold: warning: Cannot export local symbol" ; then
  echo "sanitize $san: the build failed"
  exit 1
fi
built=$(date +%s)

skip=()
[ -n "${SANITIZE_SKIP:-}" ] && skip=(--skip "$SANITIZE_SKIP")
echo "== sanitize $san: swift test (reports in $reports/)"
export ASAN_OPTIONS="log_path=$reports/asan:detect_leaks=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export LSAN_OPTIONS="suppressions=$PWD/scripts/lsan.supp:print_suppressions=1${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
export TSAN_OPTIONS="log_path=$reports/tsan${TSAN_OPTIONS:+:$TSAN_OPTIONS}"
$SWIFT test --skip-build --sanitize="$san" --scratch-path "$scratch" "${skip[@]}" "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
done_=$(date +%s)

# Report files: the "Suppressions used" tables alone are not findings.
findings=()
suppressed=()
shopt -s nullglob
for f in "$reports"/asan.* "$reports"/tsan.*; do
  if grep -qE "ERROR: (Address|Leak)Sanitizer|WARNING: ThreadSanitizer|ERROR: ThreadSanitizer|SUMMARY: " "$f"; then
    findings+=("$f")
  else
    suppressed+=("$f")
  fi
done
for f in "${findings[@]}"; do echo "---- $f"; cat "$f"; done

echo "== sanitize $san summary"
grep -E "^(✔|✘) Test run with|Executed [0-9]+ tests?" "$log" | tail -n 2 | sed 's/^/  /'
if [ ${#suppressed[@]} -gt 0 ]; then
  echo "  toolchain leaks suppressed (scripts/lsan.supp), in ${#suppressed[@]} process(es):"
  cat "${suppressed[@]}" | awk '$3 ~ /[A-Za-z]/ && $1 ~ /^[0-9]+$/ { n[$3] += $1; b[$3] += $2 } END { for (t in n) printf "    %-32s %6d leak(s) %8d bytes\n", t, n[t], b[t] }' | sort
fi
echo "  sanitizer reports: ${#findings[@]}"
echo "  time: build $((built - start)) s, tests $((done_ - built)) s"
if [ "$status" -ne 0 ] || [ ${#findings[@]} -gt 0 ]; then
  echo "sanitize $san: FAILED (swift test exit $status, ${#findings[@]} sanitizer report(s))"
  exit 1
fi
echo "sanitize $san: passed"
