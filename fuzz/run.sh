#!/bin/bash
# Runs one fuzzer for a bounded time: fuzz/run.sh TARGET SECONDS
# TARGET is pipeline or graphml; the binary is .build-fuzz/release/TARGET-fuzz (see fuzz/README.md).
# New corpus entries go to fuzz/artifacts/corpus-TARGET (the seeds in fuzz/corpus/TARGET are only
# read); crashes, timeouts and out-of-memory inputs to fuzz/artifacts/TARGET/; the log to
# fuzz/artifacts/TARGET.log.
set -u
cd "$(dirname "$0")/.."
t=$1; secs=${2:-60}
bin=.build-fuzz/release/$t-fuzz
mkdir -p fuzz/artifacts/$t fuzz/artifacts/corpus-$t
"$bin" fuzz/artifacts/corpus-$t fuzz/corpus/$t \
  -max_total_time="$secs" -rss_limit_mb=2048 -timeout=10 -max_len=65536 \
  -artifact_prefix=fuzz/artifacts/$t/ -print_final_stats=1 ${FUZZ_FLAGS:-} 2>&1 | tee fuzz/artifacts/$t.log | grep -E "^==|DONE|ERROR|stat::|Test unit|crash-|timeout-|oom-|leak-" 
status=${PIPESTATUS[0]}
echo "$t: libFuzzer exit status $status (log: fuzz/artifacts/$t.log)"
exit $status
