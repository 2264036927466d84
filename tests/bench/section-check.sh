# Live-check section of the benchmark (sourced by run-bench.sh; SECTIONS="... check"): starts the workshop lab
# (real NSD, Knot, unbound and Postfix on loopback; needs root) in a scratch directory and times
# `danewerk-cli check` of every lab domain sequentially (--jobs 1) against --jobs 16, in the same run.
#
# Environment: DANEWERK_CLI (path of the built CLI), CHECK_ROUNDS (default: $RUNS; the domain list is checked
# this many times in one invocation, so that there are enough domains to spread over 16 jobs).

section_check() {
    : "${DANEWERK_CLI:?set DANEWERK_CLI}"
    local rounds=${CHECK_ROUNDS:-$RUNS} labdir="$WORKDIR/lab" domains=() list=()
    "$DANEWERK_CLI" lab up --dir "$labdir" > "$WORKDIR/lab-up.out" 2>&1 || {
        echo "run-bench: lab up failed:" >&2; cat "$WORKDIR/lab-up.out" >&2; return 1; }
    trap '"$DANEWERK_CLI" lab down --dir "'"$labdir"'" > /dev/null 2>&1 || true' EXIT # also when a run fails
    local options
    options=$(awk '/^  --resolver/ { sub(/^  /, ""); print; exit }' "$WORKDIR/lab-up.out")
    mapfile -t domains < <("$DANEWERK_CLI" --json lab scenarios --dir "$labdir" |
        python3 -c 'import json, sys; print("\n".join(s["domain"] for s in json.load(sys.stdin)["scenarios"]))')
    for ((round = 0; round < rounds; round++)); do list+=("${domains[@]}"); done
    local n=${#list[@]}
    # check exits 1 because some lab domains fail DANE on purpose; only 2 and 3 are errors here.
    local check=(sh -c '"$0" "$@" || [ $? -eq 1 ]' "$DANEWERK_CLI")
    # shellcheck disable=SC2086
    measure check-jobs1 "${check[@]}" --json check $options --timeout 10 --jobs 1 "${list[@]}"
    local wall1=$MEDIAN_WALL cpu1=$MEDIAN_CPU
    # shellcheck disable=SC2086
    measure check-jobs16 "${check[@]}" --json check $options --timeout 10 --jobs 16 "${list[@]}"
    local wall16=$MEDIAN_WALL cpu16=$MEDIAN_CPU
    local verdicts
    verdicts=$(python3 -c 'import json, sys, collections
c = collections.Counter(json.loads(l)["verdict"] for l in open(sys.argv[1]) if l.strip())
print(", ".join(f"{v} {k}" for k, v in sorted(c.items())))' "$WORKDIR/check-jobs16.out")
    echo "## Live check: sequential against --jobs 16"
    echo
    echo "\`danewerk-cli --json check\` of the workshop lab's ${#domains[@]} scenario domains, each listed $rounds times"
    echo "($n domains per invocation), against the real lab servers on loopback (NSD, Knot, unbound, Postfix;"
    echo "one SMTP dialogue with STARTTLS per address). Median of $RUNS runs, measured in the same run."
    echo "Verdicts of the --jobs 16 run: $verdicts."
    echo
    echo "| jobs | wall s | CPU s | domains/s | speed-up |"
    echo "|---:|---:|---:|---:|---:|"
    echo "| 1 | $(fmt 2 "$wall1") | $(fmt 2 "$cpu1") | $(fmt 1 "$(echo "$n / $wall1" | bc -l)") | 1.00 |"
    echo "| 16 | $(fmt 2 "$wall16") | $(fmt 2 "$cpu16") | $(fmt 1 "$(echo "$n / $wall16" | bc -l)") | $(fmt 2 "$(echo "$wall1 / $wall16" | bc -l)") |"
    echo
    echo "On loopback every answer arrives in microseconds, so the ratio shows how well the checks overlap on"
    echo "two cores; against real networks, where a check mostly waits for round trips and TLS handshakes,"
    echo "the gain from --jobs is larger."
    echo
}
