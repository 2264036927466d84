#!/bin/sh
# Runs every libFuzzer target of the fuzz preset, two at a time, and prints each one's final stats line.
# Usage: tests/fuzz/run-fuzzers.sh [SECONDS_PER_TARGET] [TARGET...]   (default 600 s, every target)
# New inputs go to build/fuzz/corpus-work/<target>; crashes to build/fuzz/artifacts/<target>/.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
build=$root/build/fuzz
seconds=${1:-600}
[ $# -gt 0 ] && shift
targets=${*:-"zone dns_answer certificate smtp_reply plan_json trust_anchors observations lab_scenario validator starttls history"}

run_one() {
    name=$1
    mkdir -p "$build/corpus-work/$name" "$build/artifacts/$name"
    "$build/tests/fuzz/fuzz_$name" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$build/artifacts/$name/" \
        "$build/corpus-work/$name" "$root/tests/fuzz/corpus/$name" >"$build/fuzz-$name.log" 2>&1 || true
    echo "$name: $(grep -E '^#[0-9]+[[:space:]]+DONE' "$build/fuzz-$name.log" | tail -1)"
}

set -- $targets
while [ $# -gt 0 ]; do
    run_one "$1" &
    if [ $# -gt 1 ]; then
        run_one "$2" &
        shift
    fi
    shift
    wait
done
ls -l "$build"/artifacts/*/ 2>/dev/null | grep -E 'crash|leak|timeout|oom' || echo "no crashes, leaks, timeouts or OOMs"
