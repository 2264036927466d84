# DNSSEC section of the benchmark (sourced by run-bench.sh; SECTIONS="... dnssec"): signs the generated zones
# with danewerk-cli (ECDSA P-256 and RSA-2048, NSEC and NSEC3) and times `danewerk-cli zone check` against
# ldns-verify-zone, dnssec-verify (BIND) and kzonecheck -d on, next to the two-core bound from
# `openssl speed -multi 2`.
#
# Environment: DANEWERK_CLI (path of the built CLI), DNSSEC_SIZES (default: $SIZES), DNSSEC_CONFIGS (default
# "13:nsec 13:nsec3 8:nsec 8:nsec3"), DNSSEC_TOOLS (default "danewerk ldns dnssec-verify kzonecheck"),
# DNSSEC_COLD_TOOLS (default "cold-danewerk cold-kzonecheck": the same started after a pause, file not warmed;
# empty for none).
# The signatures are valid from one hour ago for 30 days, because the other tools judge them by the clock.

openssl_verify_rate() { # openssl_verify_rate ALGORITHM -> verifications per second on two cores
    local test=ecdsap256
    [ "$1" = 8 ] && test=rsa2048
    openssl speed -multi 2 -seconds 3 "$test" 2> /dev/null |
        awk -v t="$test" 't == "ecdsap256" && /nistp256\)/ { print $NF } t == "rsa2048" && /^rsa 2048 bits/ { print $NF }' | tail -1
}

openssl_cpu_rate() { # openssl_cpu_rate ALGORITHM -> verifications per CPU second of one process
    local test=ecdsap256
    [ "$1" = 8 ] && test=rsa2048
    openssl speed -seconds 3 "$test" 2> /dev/null |
        awk -v t="$test" 't == "ecdsap256" && /nistp256\)/ { print $NF } t == "rsa2048" && /^rsa 2048 bits/ { print $NF }' | tail -1
}

section_dnssec() {
    : "${DANEWERK_CLI:?set DANEWERK_CLI}"
    local sizes=${DNSSEC_SIZES:-$SIZES}
    local configs=${DNSSEC_CONFIGS:-"13:nsec 13:nsec3 8:nsec 8:nsec3"}
    local tools=${DNSSEC_TOOLS:-"danewerk ldns dnssec-verify kzonecheck"}
    local cold_tools=${DNSSEC_COLD_TOOLS-"cold-danewerk cold-kzonecheck"}
    local now inception expiration
    now=$(date -u +%Y-%m-%dT%H:%M:%SZ)
    inception=$(date -u -d '-1 hour' +%Y-%m-%dT%H:%M:%SZ)
    expiration=$(date -u -d '+30 days' +%Y-%m-%dT%H:%M:%SZ)
    echo "## DNSSEC signing and validation"
    echo
    echo "The generated zones signed by \`danewerk-cli zone sign\` (CSK; NSEC or NSEC3 with 0 iterations and no"
    echo "salt), then validated completely by each tool: \`danewerk-cli zone check\` (every signature verified on"
    echo "both cores, NSEC/NSEC3 chains, key and structure checks), \`ldns-verify-zone\`, \`dnssec-verify\` (BIND"
    echo "9.18) and \`kzonecheck -d on\` (Knot 3.2). Validation figures are medians of $RUNS runs, each on a freshly"
    echo "read file (the page cache note above), besides the two cold rows; signing ran"
    echo "once. The bound is the time two cores need for the signatures alone at the rate \`openssl speed -multi 2\`"
    echo "measures on this machine in the same run (ECDSA P-256 or RSA-2048 verifications); the target is"
    echo "danewerk within 1.25 x of it. Wall-clock ratios are ours / bound."
    echo
    for size in $sizes; do
        local zone
        zone=$(generate_zone "$size")
        for config in $configs; do
            local algorithm=${config%%:*} denial=${config##*:}
            local signed="$WORKDIR/signed-$size-$algorithm-$denial.zone"
            local flags=()
            [ "$denial" = nsec3 ] && flags+=(--nsec3)
            local runs=$RUNS
            RUNS=1 # signing once, as the text says
            measure "sign-$size-$config" "$DANEWERK_CLI" --now "$now" zone sign "$zone" --out "$signed" --force \
                --algorithm "$algorithm" --inception "$inception" --expiration "$expiration" "${flags[@]}"
            RUNS=$runs
            sync # the signed file's write-back is the signer's cost, not the next tool's
            local sign_wall=$MEDIAN_WALL sign_cpu=$MEDIAN_CPU sign_rss=$MEDIAN_RSS
            local records rrsigs rate bound
            records=$(grep -vc '^;' "$signed")
            rrsigs=$(awk '$4 == "RRSIG"' "$signed" | wc -l)
            rate=$(openssl_verify_rate "$algorithm")
            bound=$(echo "$rrsigs / $rate" | bc -l)
            local cpu_rate cpu_bound
            cpu_rate=$(openssl_cpu_rate "$algorithm")
            cpu_bound=$(echo "$rrsigs / $cpu_rate" | bc -l)
            local name="ECDSA P-256 (13)"
            [ "$algorithm" = 8 ] && name="RSA-2048 (8)"
            echo "### $size-record zone, $name, ${denial^^}: $records records, $rrsigs RRSIGs"
            echo
            echo "Signing: $(fmt 2 "$sign_wall") s wall, $(fmt 2 "$sign_cpu") s CPU, $(fmt 1 "$(echo "$sign_rss / 1024" | bc -l)") MiB peak RSS" \
                 "($(fmt 0 "$(echo "$rrsigs / ($sign_wall + 0.0001)" | bc -l)") signatures/s wall)."
            echo "\`openssl speed -multi 2\`: $(fmt 0 "$rate") verifications/s -> two-core bound $(fmt 2 "$bound") s;" \
                 "\`openssl speed\` (one process, per CPU second): $(fmt 0 "$cpu_rate")/s -> $(fmt 2 "$cpu_bound") CPU s."
            echo
            echo "| tool | wall s | CPU s | peak RSS MiB | wall / bound | CPU / CPU bound | result |"
            echo "|---|---:|---:|---:|---:|---:|---|"
            local tool
            for tool in $tools $cold_tools; do
                local label result
                WARM_INPUT=$signed COLD_PAUSE= # what measure does before each run
                case $tool in
                cold-*)
                    WARM_INPUT= COLD_PAUSE=3 ;;
                esac
                case $tool in
                danewerk | cold-danewerk)
                    label="danewerk-cli zone check"
                    measure "check-$size-$config-$tool" sh -c '"$1" --now "$2" zone check "$3" > /dev/null; [ $? -le 1 ]' \
                        sh "$DANEWERK_CLI" "$now" "$signed" ;;
                ldns)
                    label="ldns-verify-zone"
                    measure "check-$size-$config-$tool" ldns-verify-zone "$signed" ;;
                dnssec-verify)
                    label="dnssec-verify"
                    measure "check-$size-$config-$tool" dnssec-verify -z -o "$ORIGIN" "$signed" ;; # -z: a CSK signs everything
                kzonecheck | cold-kzonecheck)
                    label="kzonecheck -d on"
                    measure "check-$size-$config-$tool" kzonecheck -d on -o "$ORIGIN" "$signed" ;;
                esac
                case $tool in
                cold-*)
                    label="$label (cold: 3 s pause, file not warmed)" ;;
                esac
                result=$(tail -c 300 "$WORKDIR/check-$size-$config-$tool.out" "$WORKDIR/check-$size-$config-$tool.err" 2> /dev/null |
                         grep -m1 -oiE 'no errors[^.]*|zone verified[^.]*|all good|Zone is verified[^.]*|[0-9]+ errors' || true)
                echo "| $label | $(fmt 2 "$MEDIAN_WALL") | $(fmt 2 "$MEDIAN_CPU") | $(fmt 1 "$(echo "$MEDIAN_RSS / 1024" | bc -l)") |" \
                     "$(fmt 2 "$(echo "$MEDIAN_WALL / $bound" | bc -l)") | $(fmt 2 "$(echo "$MEDIAN_CPU / $cpu_bound" | bc -l)") |" \
                     "${result:-ok} |"
            done
            WARM_INPUT= COLD_PAUSE=
            echo
        done
    done
}
