#!/bin/bash
# Times zone parsing of our loader against kzonecheck and ldns-read-zone on generated zones and writes
# docs/BENCHMARKS.md. Run it through the build: `cmake --build build/release --target bench` (a Debug build
# measures the debug loader). Extend it with a function per measured tool and a section function per
# topic; SECTIONS lists the sections written, in order.
#
# Environment: ZONEGEN, ZONE_PARSE_BENCH (paths of the built tools), BENCH_WORKDIR (scratch), RUNS (default 3),
# SIZES (default "100000 1000000"), SECTIONS (default "parsing"; also "dnssec", and "check", which starts the
# workshop lab and needs root).
set -euo pipefail

OUTPUT=${1:?usage: run-bench.sh OUTPUT.md}
: "${ZONEGEN:?set ZONEGEN}" "${ZONE_PARSE_BENCH:?set ZONE_PARSE_BENCH}"
WORKDIR=${BENCH_WORKDIR:-$(mktemp -d)}
RUNS=${RUNS:-3}
SIZES=${SIZES:-"100000 1000000"}
SECTIONS=${SECTIONS:-"parsing"}
ORIGIN=bench.example.
SEED=42
mkdir -p "$WORKDIR"

# --- measurement -------------------------------------------------------------------------------------------
# measure NAME COMMAND...: runs COMMAND $RUNS times under /usr/bin/time -v and sets MEDIAN_WALL, MEDIAN_CPU
# (seconds, user + system) and MEDIAN_RSS (KiB) to the medians. Output goes to $WORKDIR/NAME.out. With
# WARM_INPUT set, that file is read (to /dev/null) right before each run, so that every tool starts on a page
# cache its input has just been through (see the report's note on the page cache); with COLD_PAUSE set, each
# run waits that many seconds first instead.
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

measure() {
    local name=$1; shift
    local walls=() cpus=() rsss=()
    for ((run = 1; run <= RUNS; run++)); do
        if [ -n "${WARM_INPUT:-}" ]; then cat "$WARM_INPUT" > /dev/null; fi
        if [ -n "${COLD_PAUSE:-}" ]; then sleep "$COLD_PAUSE"; fi
        /usr/bin/time -v -o "$WORKDIR/$name.time" "$@" > "$WORKDIR/$name.out" 2> "$WORKDIR/$name.err" || {
            echo "run-bench: $name failed:" >&2; cat "$WORKDIR/$name.err" >&2; return 1; }
        local wall user sys rss
        wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$WORKDIR/$name.time")
        user=$(awk -F': ' '/User time/ { print $2 }' "$WORKDIR/$name.time")
        sys=$(awk -F': ' '/System time/ { print $2 }' "$WORKDIR/$name.time")
        rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$WORKDIR/$name.time")
        walls+=("$wall"); cpus+=("$(echo "$user + $sys" | bc -l)"); rsss+=("$rss")
    done
    MEDIAN_WALL=$(printf '%s\n' "${walls[@]}" | median)
    MEDIAN_CPU=$(printf '%s\n' "${cpus[@]}" | median)
    MEDIAN_RSS=$(printf '%s\n' "${rsss[@]}" | median)
}

# One function per measured tool: parse-only where the tool allows it.
measure_danewerk() { measure "danewerk-$2" "$ZONE_PARSE_BENCH" "$1" "$ORIGIN"; }
measure_kzonecheck() { measure "kzonecheck-$2" kzonecheck -o "$ORIGIN" -d off "$1"; }
measure_ldns_read_zone() { measure "ldns-read-zone-$2" sh -c 'exec ldns-read-zone "$1" > /dev/null' sh "$1"; }

generate_zone() { # generate_zone RECORDS -> prints the path
    local path="$WORKDIR/bench-$1.zone"
    [ -s "$path" ] || "$ZONEGEN" --records "$1" --seed "$SEED" --origin "$ORIGIN" > "$path"
    echo "$path"
}

fmt() { printf '%.*f' "$1" "$2"; }

# --- sections ----------------------------------------------------------------------------------------------
section_parsing() {
    echo "## Parsing"
    echo
    echo "Parse-only load of generated zones (\`zonegen --seed $SEED\`: SOA, NS, MX, A/AAAA, TXT, CNAME, signed"
    echo "delegations with DS and glue, \`_25._tcp\` TLSA, SRV, empty non-terminals). Median of $RUNS runs each,"
    echo "measured with \`/usr/bin/time -v\` in the same run. Tools: \`zone-parse-bench\` (our loader, model built"
    echo "and sorted canonically), \`kzonecheck -d off\` (Knot's scanner and semantic checks without DNSSEC),"
    echo "\`ldns-read-zone\` (ldns, output to /dev/null). Ratios are ours / kzonecheck (below 1 is better). The"
    echo "zone file is read once right before every run of every tool (the page cache note above)."
    echo
    for size in $SIZES; do
        local zone records bytes
        zone=$(generate_zone "$size")
        bytes=$(stat -c %s "$zone")
        WARM_INPUT=$zone
        measure_danewerk "$zone" "$size"
        records=$(sed -n 's/.*records=\([0-9]*\).*/\1/p' "$WORKDIR/danewerk-$size.out")
        local model_bpr
        model_bpr=$(sed -n 's/.*bytes_per_record=\([0-9.]*\).*/\1/p' "$WORKDIR/danewerk-$size.out")
        local ours_wall=$MEDIAN_WALL ours_cpu=$MEDIAN_CPU ours_rss=$MEDIAN_RSS
        measure_kzonecheck "$zone" "$size"
        local knot_wall=$MEDIAN_WALL knot_cpu=$MEDIAN_CPU knot_rss=$MEDIAN_RSS
        measure_ldns_read_zone "$zone" "$size"
        local ldns_wall=$MEDIAN_WALL ldns_cpu=$MEDIAN_CPU ldns_rss=$MEDIAN_RSS
        echo "### $records records ($(fmt 1 "$(echo "$bytes / 1048576" | bc -l)") MiB zone file)"
        echo
        echo "| tool | wall s | CPU s | records/s (CPU) | peak RSS MiB | wall ratio | RSS ratio |"
        echo "|---|---:|---:|---:|---:|---:|---:|"
        row() { # name wall cpu rss
            echo "| $1 | $(fmt 2 "$2") | $(fmt 2 "$3") | $(fmt 0 "$(echo "$records / ($3 + 0.0001)" | bc -l)") |" \
                 "$(fmt 1 "$(echo "$4 / 1024" | bc -l)") | $(fmt 2 "$(echo "$2 / $knot_wall" | bc -l)") |" \
                 "$(fmt 2 "$(echo "$4 / $knot_rss" | bc -l)") |"
        }
        row "danewerk (zone-parse-bench)" "$ours_wall" "$ours_cpu" "$ours_rss"
        row "kzonecheck -d off" "$knot_wall" "$knot_cpu" "$knot_rss"
        row "ldns-read-zone" "$ldns_wall" "$ldns_cpu" "$ldns_rss"
        WARM_INPUT=
        echo
        echo "Our in-memory model: $model_bpr bytes per record (\`Zone::memoryUsage()\`, records + names + RDATA + indexes)."
        echo
    done
}

# Further sections live beside this script (section-<topic>.sh defines section_<topic>).
for extra in "$(dirname "$0")"/section-*.sh; do
    [ -e "$extra" ] && source "$extra"
done

# --- report ------------------------------------------------------------------------------------------------
{
    echo "# Benchmarks"
    echo
    echo "Generated by \`tests/bench/run-bench.sh\` (\`cmake --build build/release --target bench\`) on $(date -u +%Y-%m-%dT%H:%M:%SZ)."
    echo "Machine: $(nproc) CPUs, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1);" \
         "$(kzonecheck -V 2>&1 | head -1); $(ldns-read-zone -v 2>&1 | grep -o 'ldns version [0-9.]*' | head -1)."
    echo "The machine is shared: figures vary between runs by some percent; ratios measured in the same run are"
    echo "the meaningful numbers."
    echo
    echo "Page cache: every tool's input file is read once (\`cat > /dev/null\`) right before each timed run, for"
    echo "every tool alike. On this virtual machine, memory nobody has touched for a second or two is slow at its"
    echo "next touch (about 20 us per 4 KiB page; the host has evidently taken it back): reading a 68 MiB zone"
    echo "file that has sat for three seconds takes 0.35 s instead of 0.04 s, for \`cat\` as for any tool; fresh"
    echo "anonymous memory after a pause costs 5 to 8 us per page against 2. Without the warm-up, whichever tool ran after a pause (after"
    echo "\`openssl speed\`, say) would pay it and the next would not. The DNSSEC tables also show ours and"
    echo "kzonecheck started cold (after a 3 s pause, file not warmed), the case of a first run on this machine."
    echo
    for section in $SECTIONS; do
        "section_$section"
    done
} > "$OUTPUT.tmp"
mv "$OUTPUT.tmp" "$OUTPUT"
echo "run-bench: wrote $OUTPUT"
