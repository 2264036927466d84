<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>danewerk::cli</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try '%1 %2 --help'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: %1 %2 &lt;subcommand&gt; [options]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subcommands:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run '%1 %2 &lt;subcommand&gt; --help' for its options.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: %1 [global options] &lt;command&gt; [&lt;subcommand&gt;] [options] [args]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Danewerk: DNSSEC and DANE for mail administrators.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Global options (accepted anywhere on the line):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>machine-readable output on stdout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the moment validity decisions use (ISO 8601 UTC or unix seconds)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>language of messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failures found, 2 usage or input error, 3 environment error.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--now needs a time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--lang needs de or en</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--now: '%1' is not an ISO 8601 UTC time or unix seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown command '%1'; try --help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 exists; use --force to replace it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rollover check of %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SAFE: no resolver can see a bogus answer or defer mail.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>UNSAFE: %n window(s) found.</source>
        <translation><numerusform>UNSAFE: %n window found.</numerusform><numerusform>UNSAFE: %n windows found.</numerusform></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rrset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>length</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unbounded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>witness: %1 %2 published %3, master until %4, cached until %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fix: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print a rollover plan (JSON) with every event at its earliest safe time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Method: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parameter preset: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Override a parameter (repeatable): %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Algorithm (N), or OLD:NEW for algorithm rollovers (default 8:13).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Absolute UTC time of t = 0 (ISO 8601).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zone name (default example.).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the plan to FILE instead of stdout.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace an existing output file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rollover plan takes no arguments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--method is required (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown method %1 (known: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--param takes NAME=DURATION, not "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--algorithm takes N or OLD:NEW with numbers from 1 to 255</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an algorithm rollover needs two different algorithms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 takes --algorithm OLD:NEW</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 keeps one algorithm: --algorithm N</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--origin: not an ISO 8601 UTC time: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--zone: empty name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prove a plan against the worst-case resolver cache model: exit 1 when any bogus or deferred window exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Validator profile (repeatable): liberal, strict-ds, strict-all.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The plan file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rollover check takes one plan file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown profile %1 (liberal, strict-ds, strict-all)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export a plan as an ICS calendar, an operator runbook, or a BIND or Knot policy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ics, runbook, bind or knot.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write to FILE instead of stdout.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Absolute UTC time of t = 0 when the plan has none.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rollover export takes one plan file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--format must be ics, runbook, bind or knot</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::cli::CheckCommand</name>
    <message>
        <source>Check DANE for SMTP of mail domains, live, from the trust anchor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MX %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>addresses %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(%1 usable of %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unusable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>depth %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>matched by [%1] %2 %3 %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fix: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  %1 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mail domains to check.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read domains from FILE, one per line.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recursive resolver ADDR[#PORT] (repeatable; default /etc/resolv.conf).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DS or DNSKEY records in zone format (default: the IANA root KSKs).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect to port N (the TLSA owner stays _25._tcp).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IPv4 only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IPv6 only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seconds per DNS query and per SMTP dialogue (default 10).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Domains checked at once (default 8).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warn about signatures and certificates expiring within this time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error (default) or warning.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DNS only; no SMTP connections.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the raw observations to DIR.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re-assess saved observations from DIR, offline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overwrite files written by --save.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no domain given; try 'check --help'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a domain name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--smtp-port: '%1' is not a port</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--timeout: '%1' is not a duration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--jobs: give a number from 1 to 256</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--expiry-warning: '%1' is not a duration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--fail-on: error or warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>-4 and -6 exclude each other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no resolver configured (/etc/resolv.conf has none; use --resolver)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--save: cannot create %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no resolver answered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the resolver strips DNSSEC records (no RRSIGs): use a DNSSEC-aware resolver (RFC 7672 2.1.1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>outbound port 25 appears blocked from this machine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 certificate:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write DIR/&lt;domain&gt;.svg and DIR/&lt;domain&gt;.png chain diagrams.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>EHLO name (default: this machine's fully qualified name).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--save: %1 exists (use --force to overwrite)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::cli::LabCommand</name>
    <message>
        <source>The lab is already running in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The lab is up in %1 (%2 s).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The lab is running in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The lab is not running (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>authoritative server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (NSD: root, test. and the scenario zones)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>validating resolver</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (unbound, trusts only the lab root)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mail servers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postfix, one address per MX host, port %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Danewerk's own STARTTLS test server in place of Postfix (unprivileged mode), port %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>zones signed by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>trust anchor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>for delv -a</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PID %1%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (not running)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Options for check:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For example:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In the GUI (Live check page): resolver %1, trust anchor file %2%3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, SMTP port %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run the workshop lab: a DNSSEC and DANE world on loopback addresses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>build and start the lab (idempotent)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stop the servers the lab started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>show whether the lab runs, and how to use it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list the scenarios and their expected verdicts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>restore one scenario's zones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>make the servers re-read edited zone files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown lab subcommand '%1'; try 'lab --help'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lab directory (default: %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First address of the lab (default 127.30.0.0).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>High ports (DNS %1, SMTP %2) and Danewerk's own STARTTLS server instead of Postfix; no root needed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lab up takes no arguments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scenario id (see lab scenarios).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lab reset takes one scenario id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lab %1 takes no arguments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No lab was running in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The lab in %1 is down.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lab directory.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--dir is required</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::cli::RolloverCommand</name>
    <message>
        <source>Plan, simulate and prove DNSSEC and TLSA key rollovers against resolver caches.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>print a plan with every event at its earliest safe time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>find every bogus or deferred window, with witness and fix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ICS calendar, runbook, BIND or Knot policy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown subcommand %1; try 'rollover --help'</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::cli::TlsaCommand</name>
    <message>
        <source>create TLSA records and check a certificate against them (DANE)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>make TLSA records from certificates, chains, keys or CSRs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>check a certificate or chain against TLSA records (pre-flight)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown subcommand 'tlsa %1'; try 'tlsa --help'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fix:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Makes one TLSA record per FILE: a PEM or DER certificate, a PEM chain (leaf first, as in fullchain.pem), a public key, a private key (only its public half is used) or a PKCS#10 CSR.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>certificate usage: 0-3 or PKIX-TA, PKIX-EE, DANE-TA, DANE-EE (default 3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>selector: 0, 1, Cert or SPKI (default 1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>matching type: 0, 1, 2, Full, SHA2-256 or SHA2-512 (default 1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLSA base domain (default: the certificate's first DNS name that is not a wildcard)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>port (default 25)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>protocol (default tcp)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TTL (default 3600)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DANE-TA: which certificate of the chain (0 = leaf; default: the top CA)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>output: zone (default), rdata, nsupdate, json</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>certificate, chain, key or CSR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--usage: '%1' is not a certificate usage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--selector: '%1' is not a selector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--mtype: '%1' is not a matching type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--port: '%1' is not a port number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--ttl: '%1' is not a TTL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--depth: '%1' is not a chain depth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--format: '%1' is not one of zone, rdata, nsupdate, json</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tlsa create needs at least one FILE; try 'tlsa create --help'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(depth %1: %2, valid until %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Findings:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pre-flight: does CERTFILE (a certificate or a chain, leaf first) pass against these TLSA records the way a DANE sender (RFC 7672) checks it? Exit 0 on a match, 1 otherwise.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLSA base domain, e.g. the MX host (required)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a TLSA record "U S M HEX" (repeatable)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a file of zone-file TLSA lines or "U S M HEX" lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a further DANE-TA reference name, e.g. the next-hop domain (repeatable)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>certificate or chain (PEM or DER)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tlsa verify needs --host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tlsa verify needs exactly one CERTFILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: holds no certificate; tlsa verify needs the certificate or chain the server will present</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>as of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chain:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>valid %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Records:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unusable: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>matches depth %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fetch the published TLSA records and validate them from the trust anchor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>with --live: resolver ADDR[#PORT] (repeatable; default /etc/resolv.conf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>with --live: DS or DNSKEY records (default: the IANA root KSKs)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>with --live: seconds per DNS query (default 10)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--live excludes --record and --records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tlsa verify needs --record, --records or --live</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--timeout: '%1' is not a duration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the resolver strips DNSSEC records (no RRSIGs)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no resolver answered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The TLSA records at %1 are %2 (%3): DANE senders do not use them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign the zone and make the chain of trust complete (DS at the parent).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No TLSA records are published at %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publish the records first (danewerk-cli tlsa create).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::cli::ZoneCommand</name>
    <message>
        <source>check, sign and describe zone files (DNSSEC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>parse and validate a zone (structure and DNSSEC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DS records for the zone's SEP keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sign a zone (NSEC or NSEC3), generating keys if none are given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>counts per type, names, delegations, TTL and signature histograms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown subcommand '%1' of zone (check, ds, sign, stats)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fix:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parse and validate a zone file; exit 1 if an error finding exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>zone file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>zone origin (default: from the file)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>warn about signatures expiring within this time (default 7d)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DURATION</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>check the TLSA records of HOST against a certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HOST=FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the parent's DS records, checked against the keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>zone check needs exactly one zone file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid duration for --expiry-warning: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--cert expects HOST=FILE, got '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>signed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>denial</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>signatures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 total, %2 valid, %3 invalid, %4 expired, %5 not yet valid, %6 without key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 errors, %2 warnings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no errors, %1 warnings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DS records for the zone's SEP keys (flags 257).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>digest type: 2 (SHA-256, default) or 4 (SHA-384)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>zone ds needs exactly one zone file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--digest must be 2 (SHA-256) or 4 (SHA-384)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: no DNSKEY with the SEP flag (257) at the apex of %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign a zone. Without --key, generate a CSK (or a KSK and a ZSK with --split) next to the output.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unsigned zone file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>signed zone file to write</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a BIND key file (K*.key or K*.private); repeatable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>algorithm of generated keys: 8, 13 (default), 14 or 15</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RSA key size of generated keys (default 2048)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>generate a KSK and a ZSK instead of a CSK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NSEC3 (0 iterations, no salt) instead of NSEC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NSEC3 extra iterations (default 0, RFC 9276)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NSEC3 salt in hex (default none, RFC 9276)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HEX</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NSEC3 opt-out for insecure delegations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>signature inception (default: now - 1h)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TIME</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>signature expiration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>signature validity from now (default 14d)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>replace existing output and key files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>zone sign needs exactly one zone file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>zone sign needs --out FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>give either --expiration or --validity, not both</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--split and --algorithm apply to generated keys; they do not mix with --key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid time for --inception: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid time for --expiration: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid duration for --validity: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the expiration must follow the inception</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid --nsec3-iterations: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid --nsec3-salt (hex, at most 255 octets): %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--algorithm must be 8, 13, 14 or 15</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--bits must lie between 1024 and 4096</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 exists already; use --force to replace it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no .private file beside it; signing needs the private key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a key of %2, not of %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>signed %1: %2 records, %3 signatures, %4, valid %5 to %6</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>written to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counts per type, names, delegations, TTL and signature-validity histograms.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>zone stats needs exactly one zone file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RRsets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>empty non-terminals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>delegations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2 secure)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>records per type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>longer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TTL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>signatures expiring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>signatures not yet valid</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::core::AtomicFile</name>
    <message>
        <source>the file exists already; use --force to replace it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is larger than %1 bytes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::core::BindKeyFile</name>
    <message>
        <source>Only key pairs can be written as BIND key files.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 exists already; use --force to replace it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No DNSKEY record found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The DNSKEY flags, protocol or algorithm are not numbers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The public key is not valid base64.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expected "Name: value".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsupported private key format %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The field %1 is not valid base64.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The private key's algorithm differs from the public key's.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The private key does not belong to the public key in %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::core::CertificateLoader</name>
    <message>
        <source>the DER data is cut off: it declares %1 bytes but only %2 are there</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>more than %1 PEM blocks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a PEM BEGIN line is incomplete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the PEM block "%1" starting on line %2 has no END line (the file is cut off)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the PEM block "%1" starting on line %2 ends without its END line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the private key is encrypted with a passphrase; give the certificate, the public key (openssl pkey -pubout) or an unencrypted copy of the key instead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the certificate on line %1 is not valid base64</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the certificate on line %1 is cut off: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the certificate on line %1 is not a valid X.509 certificate (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>malformed DER</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the private key on line %1 is not valid base64</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the private key on line %1 cannot be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the public key on line %1 cannot be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the certificate request on line %1 cannot be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>found a PEM block of type "%1"; expected a certificate, a certificate chain, a public key, a private key or a certificate request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>neither PEM nor DER: expected a certificate, a certificate chain, a public key, a private key or a certificate request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DER data that is no certificate, public key, private key or certificate request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the input is larger than %1 bytes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the public key cannot be encoded</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::core::ChainLayout</name>
    <message>
        <source>zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DNSKEY</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RRset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>denial proof</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MX host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>certificate depth %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLSA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>verdict</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::core::ChainValidator</name>
    <message>
        <source>The signature over %1/%2 expires at %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re-sign the zone (check that automatic signing is running).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The signature over %1/%2 has expired: validating resolvers treat the data as bogus.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re-sign the zone and make sure signing runs regularly.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The signature over %1/%2 is not valid yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the signer's clock and re-sign the zone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No valid signature from zone %1 over %2/%3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re-sign the zone with its published keys.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No DNSKEY of %1 matches its DS records: the zone is bogus for validating resolvers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publish the key the DS refers to, or replace the DS at the parent with one for a published key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zone %1 uses more than 150 NSEC3 iterations: validators treat its denials as insecure.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re-sign with NSEC3 iterations 0 and no salt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1/%2 was synthesized from a wildcard without proof that the name itself does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the zone's NSEC/NSEC3 chain and the resolver.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::core::CheckObservations</name>
    <message>
        <source>Not a saved danewerk check (format danewerk-check-observations-1).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::core::CheckProgressTracker</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: looking up addresses</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n address(es)</source>
        <translation><numerusform>%1: %2 of %n address</numerusform><numerusform>%1: %2 of %n addresses</numerusform></translation>
    </message>
    <message>
        <source>, looking up TLSA</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::core::CheckRunDiff</name>
    <message>
        <source>%1: added %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: removed %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: TLSA swapped: %2 → %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>new finding %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>finding gone: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::core::CheckRunner</name>
    <message>
        <source>resolver '%1': %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no resolver configured (/etc/resolv.conf has none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::core::ContainedPath</name>
    <message>
        <source>%1: field %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the path is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is an absolute path</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the path contains a NUL character</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" contains a ".." component</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" must be a name, not a path</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" must be 1 to 40 characters of a-z, 0-9 and -</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" leads out of %2 through a symbolic link</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::core::DnsName</name>
    <message>
        <source>empty name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>empty label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>label longer than 63 octets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name longer than 255 octets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bad escape sequence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>relative name without an origin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid domain name '%1': %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::core::DnsServerAddress</name>
    <message>
        <source>Invalid port in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not an IP address (ADDR or ADDR#PORT).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::core::DnssecCrypto</name>
    <message>
        <source>unknown OpenSSL error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RSA keys must have 1024 to 4096 bits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key generation failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the public key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The RSA public key is malformed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The ECDSA public key has the wrong length.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The EdDSA public key is malformed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the private key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The private key file lacks the field %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The EdDSA private key is malformed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signing failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DNSSEC algorithm %1 (%2) is not supported here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read key parameter %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot build the key</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::core::DnssecKey</name>
    <message>
        <source>Cannot generate keys for algorithm %1 (%2); use 8, 13, 14 or 15.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key %1 has no private key and cannot sign.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::core::EngineLabZoneSigner</name>
    <message>
        <source>Danewerk engine</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::core::FixAdvisor</name>
    <message>
        <source>the server presents %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the DS RRset for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the DNSKEY RRset with a key of algorithm %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the DNSKEY RRset not signed by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the DNSKEY RRset without %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unsigned denial records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unsigned data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>denial records without a signature of algorithm %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>data without a signature of algorithm %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>denial records signed only by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>data signed only by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the TLSA RRset without %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sign the DNSKEY RRset with a key of algorithm %1 as well (%2): every algorithm in the DNSKEY RRset must sign it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fix the initial state of the plan: %1 can never be validated with it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 needs another change first: %2 is never replaced in this plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 until then</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 may be cached until then</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>move %1 to &gt;= %2 (%3): %4</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::core::KeyChecks</name>
    <message>
        <source>A DNSKEY record at %1, which is not the zone apex %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move the key to the apex of the zone it belongs to, or delete it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The zone carries signatures but no DNSKEY RRset at its apex.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The zone delegates with DS records but has no DNSKEY RRset at its apex.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add the zone's DNSKEY records at the apex (re-sign the zone with its keys).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key %1 uses algorithm %2, which must not be used for signing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Roll to ECDSAP256SHA256 (13) or RSASHA256 (8) with an algorithm rollover (RFC 6781 4.1.4).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key %1 uses algorithm %2, which is not recommended for signing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan an algorithm rollover to ECDSAP256SHA256 (13) or RSASHA256 (8).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RSA key %1 has %2 bits; fewer than 2048 are too weak.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace it with a key of at least 2048 bits (or ECDSA P-256).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No key in the DNSKEY RRset has the SEP flag (257); parents and tools look for it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set flags 257 on the key the parent's DS points to (or sign with a KSK).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DS for key %1 uses digest type %2 (%3), which must not be used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publish a SHA-256 (2) DS instead and remove this one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DS %1 matches no DNSKEY of the zone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace the DS at the parent with one made from a current SEP key (zone ds).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A %1 record outside the zone apex.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete it; CDS and CDNSKEY belong at the apex.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The CDS delete request (0 0 0 00) stands beside other CDS records.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publish either the delete request alone or real CDS records.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CDS %1 matches no key of the DNSKEY RRset.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Regenerate the CDS records from the current SEP keys.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CDS %1 has no matching CDNSKEY record.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publish CDS and CDNSKEY for the same set of keys.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The CDNSKEY delete request (0 3 0 AA==) stands beside other CDNSKEY records.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publish either the delete request alone or real CDNSKEY records.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CDNSKEY for key %1 is not in the DNSKEY RRset.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publish only CDNSKEY records that copy a current DNSKEY.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CDNSKEY for key %1 has no matching CDS record.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::core::LabAddressPlan</name>
    <message>
        <source>The lab base address must look like 127.X.0.0 (loopback, last two octets zero), not "%1".</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::core::LabCertificateFactory</name>
    <message>
        <source>Could not make the lab certificate: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::core::LabDnssecRecords</name>
    <message>
        <source>Cannot use the key: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::core::LabPortCheck</name>
    <message>
        <source>%1 %2 is taken (bound to %3) by a process this user cannot see</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 is taken (bound to %3) by %4 (PID %5)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::core::LabProcessControl</name>
    <message>
        <source>Cannot start %1: the program is not installed (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot start %1 (%2): %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::core::LabScenario</name>
    <message>
        <source>Scenario file %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>zone name "%1" must be a name below test. with the trailing dot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>zone %1: unknown signing "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>zone %1: unknown denial "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>zone %1: unknown signatures "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>zone %1: unknown ds "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>zone %1: an unsigned zone cannot have a DS record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>zone %1: too many records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"id" must be a short lower-case name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"domain" must be a name with the trailing dot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>title and task are needed in English and German</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>certificate %1: unknown kind "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every certificate needs an id and at least one name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>server %1: needs an id and an address offset 1-254 (or ipv6)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>server %1: unknown certificate "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a scenario needs at least one zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"expected" needs a verdict and mx_dnssec</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::core::LabScenarioCatalog</name>
    <message>
        <source>No lab scenarios found in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scenario file %1: %2 is used by another scenario</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>address offset %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scenario file %1 is a symbolic link that leads out of %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::core::LabSmtpListeners</name>
    <message>
        <source>%1 is damaged.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::core::LabState</name>
    <message>
        <source>The lab state file %1 is damaged.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::core::LabZoneBuilder</name>
    <message>
        <source>Scenario %1: cannot fill in "%2"</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::core::MailDomainCheck</name>
    <message>
        <source>%1 has no MX records: senders deliver to the domain itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publish an MX record naming the mail server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The MX records of %1 are not DNSSEC-signed (%2): an attacker can redirect mail to hosts of his choice (MX spoofable).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign the zone and publish a DS record at the parent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The MX records of %1 fail DNSSEC validation (%2): DANE senders defer all mail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The MX lookup for %1 failed (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repair the DNSSEC chain (signatures, DS at the parent).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check that the domain's name servers answer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The address records of %1 fail DNSSEC validation: DANE senders defer mail to it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repair the DNSSEC chain of the host's zone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The address lookup for %1 failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check that the host's name servers answer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no address records.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publish A or AAAA records for the mail server, or fix the MX target.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No TLSA records at %1 (securely denied): DANE is not deployed for this host.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publish a 3 1 1 TLSA record to protect mail to this host.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The TLSA records at %1 fail DNSSEC validation (%2): DANE senders defer mail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repair the DNSSEC chain of the TLSA records.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The TLSA lookup at %1 failed (%2): DANE senders defer mail, they do not treat it as "no TLSA".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make the name servers answer TLSA queries (some middleboxes drop them).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No SMTP connection to %1 port %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check that the server listens on port 25 and that no firewall blocks it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not offer STARTTLS although TLSA records require it: DANE senders defer all mail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enable STARTTLS with the certificate the TLSA records describe.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The SMTP dialogue with %1 failed before TLS: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the server's logs and load.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 offers STARTTLS but did not start TLS: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fix the server's TLS configuration.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1 certificate of %2 matches a DANE-TA record but names neither %3%4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add the MX host name as a DNS subjectAltName, or publish a 3 1 1 record.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1 chain of %2 is out of date (%3): DANE-TA authentication fails.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Renew the certificate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No usable TLSA record matches the %1 chain presented by %2 (%3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publish a TLSA record for the certificate in use (danewerk-cli tlsa create), or install the certificate the records describe.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate of %1 expired at %2 (irrelevant for DANE-EE, but PKIX clients will refuse it).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate of %1 expires at %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Renew it, and publish the TLSA record of the new key first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not all MX hosts of %1 are protected by DANE: mail to the others goes without authentication.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publish TLSA records for every MX host.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has %2 MX records; only the best %3 are checked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publish fewer MX records.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not exist (NXDOMAIN, proven by a validated NSEC/NSEC3 denial): mail to it bounces.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not exist (NXDOMAIN, not proven by DNSSEC: %2): mail to it bounces.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the spelling of the domain, or register and delegate it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::core::MethodTemplates</name>
    <message>
        <source>publish the new ZSK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sign with the new ZSK instead of the old one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>remove the old ZSK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (RFC 7583 3.2.2 gives Dsgn + DprpC + max(TTLkey, TTLsig) = %1; the bound here is exact and shorter when TTLkey &gt; TTLsig and Dsgn &gt; 0)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>publish the new ZSK and sign with both</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>remove the old ZSK and its signatures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sign with the new ZSK as well</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>swap the ZSKs in the DNSKEY RRset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stop signing with the old ZSK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>publish the new KSK and sign the DNSKEY RRset with both</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>submit the DS of the new KSK to the parent (it replaces the old DS)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>remove the old KSK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>submit DS records for the old and the new KSK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>swap the KSKs in the DNSKEY RRset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the parent publishes only the new DS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>publish the new KSK, sign with both, submit both DS records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>remove the old KSK and its DS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>publish the new CSK and sign the DNSKEY RRset with both</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sign the zone with the new CSK and submit its DS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stop signing with the old CSK and remove it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stop signing the DNSKEY RRset with the old CSK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>remove the old CSK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>publish the new CSK and sign everything with both</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the parent publishes the DS of the new CSK instead of the old</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>remove the old CSK and its signatures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add signatures with the new algorithm (keys not yet published)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>publish the new-algorithm keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the parent publishes the DS of the new KSK instead of the old</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>remove the old-algorithm keys (keep their signatures)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>remove the old-algorithm signatures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>publish and sign with the new-algorithm keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>remove the old-algorithm keys and signatures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the parent removes the DS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unsign the zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sign the zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the parent publishes the DS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>publish TLSA records for the current and the next key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (RFC 7671 8.1 recommends at least 2 x TTLtlsa = %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>deploy the next key, then publish only its TLSA record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ZSK pre-publication (RFC 7583 3.2.1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ZSK double signature (RFC 7583 3.2.2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ZSK double RRSIG (RFC 7583 3.2.3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KSK double KSK (RFC 7583 3.3.1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KSK double DS (RFC 7583 3.3.2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KSK double RRset (RFC 7583 3.3.3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSK rollover as BIND does it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSK double signature (RFC 6781 style)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>algorithm rollover, conservative (RFC 6781 4.1.4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>algorithm rollover, liberal (as BIND)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>turn DNSSEC off (DS first, then unsign)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>turn DNSSEC on (sign first, then DS)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLSA key rollover (RFC 7671 8.1, current + next)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown method %1 (known: %2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::core::Nsec3Checks</name>
    <message>
        <source>The NSEC3 owner is not a hashed name directly below the apex, or the record is malformed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re-sign the zone with NSEC3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The zone has NSEC3 records but no NSEC3PARAM record at its apex.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re-sign the zone with NSEC3 (the signer adds NSEC3PARAM).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NSEC3 uses %1 extra iterations; validators treat zones above 150 as insecure.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re-sign with 0 iterations.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NSEC3 uses %1 extra iterations; they cost resolvers and protect nothing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NSEC3 uses the salt %1; a salt adds nothing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re-sign with an empty salt ("-").</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The NSEC3 record uses algorithm %1, %2 iterations and salt "%3"; the zone's parameters are %4, %5 and "%6".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re-sign the zone so that one parameter set is used throughout.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (hash %2) has no NSEC3 record.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re-sign the zone so that the NSEC3 chain covers every name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The NSEC3 type bitmap for %1 %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is malformed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re-sign the zone so that the bitmaps match the data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The NSEC3 owner hash matches no name of the zone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re-sign the zone; remove NSEC3 records left from old data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The NSEC3 record points to %1, but the next hashed owner is %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re-sign the zone to rebuild the NSEC3 chain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no NSEC3 record that can be found: the zone's NSEC3 hash algorithm %2 is unknown, so no name can be hashed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re-sign the zone with NSEC3 hash algorithm 1 (SHA-1), the only one defined.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::core::NsecChecks</name>
    <message>
        <source>lacks %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lists %1, which is not there</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no NSEC record: denial of existence next to it cannot be proven.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re-sign the zone so that the NSEC chain covers every name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The NSEC record is malformed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re-sign the zone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The NSEC record points to %1, but the next name with an NSEC record is %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re-sign the zone to rebuild the NSEC chain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The NSEC type bitmap of %1 %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re-sign the zone so that the bitmaps match the data.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::core::PlanJson</name>
    <message>
        <source>plan file larger than %1 bytes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bad JSON: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the plan must be a JSON object</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::core::PlanReader</name>
    <message>
        <source>unknown key "%1" (expected one of: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>negative time %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a whole number of seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>negative time "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>malformed duration "%1" (use 3600, 3600s, 90m, 2h, 7d or P1DT2H)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a duration or integer seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a key id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown key "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected an array of key ids</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>value out of range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected an array</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>too many keys (at most %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a key id of 1 to 64 characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>duplicate key id "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected KSK, ZSK, CSK or TLSA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected an algorithm number from 1 to 255</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a DNSSEC key; %2 takes keys with role TLSA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has role TLSA; %2 takes DNSSEC keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing operation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown operation "%1" (known: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected DS, DNSKEY, DATA, NEG or TLSA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing TTL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a string</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a domain name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected an ISO 8601 UTC time such as 2027-01-01T00:00:00Z</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>too many events (at most %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is too far in the future</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::core::PlanSteps</name>
    <message>
        <source>add %1 to the DNSKEY RRset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>remove %1 from the DNSKEY RRset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sign the DNSKEY RRset with %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stop signing the DNSKEY RRset with %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sign the zone data with %1 (every RRset within %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stop signing the zone data with %1 (every RRset within %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>set the REVOKE flag on %1 (RFC 5011)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the parent publishes exactly the DS records of %1 from now on (submit them at least Dreg = %2 earlier, by %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>submit DS records for exactly %1 to the parent (expected at the parent by %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>publish TLSA records for exactly %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>deploy %1 on the mail server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>set the TTL of %1 to %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::core::RolloverExporters</name>
    <message>
        <source>the plan has no origin; give one (--origin 2027-01-01T00:00:00Z) for calendar dates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rollover</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step %1 of %2 (t = %3):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why this time: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next step not before %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>custom plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rollover runbook: %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Origin (t = 0): %1. All times are UTC.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The plan has no origin: times are offsets from its start (t = 0).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parameters:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Safety check: no resolver can see a bogus answer or defer mail with this plan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Safety check: this plan is NOT safe. Fix these windows first:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 (%3) from %4 to %5: %6</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Do:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why this time: `%1`</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Afterwards, verify:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Before the next step (not before %1), verify:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>query the zone: the DNSKEY set must be %1, signed by %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>with the REVOKE flag on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>zone data and denial records must carry signatures by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>query the parent: the DS set must be %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>query the TLSA RRset: it must be %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the mail server must present %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dnssec-policy for %1 matching the Danewerk plan parameters (named.conf, BIND 9.18)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dsgn = 0 assumes a full re-sign; BIND replaces signatures gradually within signatures-validity - signatures-refresh = %1: check the plan with Dsgn=%1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dreg (%1) is the parent's business: BIND waits for the DS (rndc dnssec -checkds or parental-agents).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changing the algorithm from %1 to %2 in the policy starts BIND's algorithm rollover.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Knot DNS policy for %1 matching the Danewerk plan parameters (knot.conf, Knot 3.2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Knot re-signs the whole zone when the signer changes (Dsgn = 0); the plan uses Dsgn = %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>propagation-delay covers DprpC; parent-delay covers DprpP + TTLds after the new DS is seen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>replace with the parent's servers or a validating resolver</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>BIND refuses lifetimes below 30 days: start each rollover with rndc dnssec -rollover at the plan's times.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::core::RolloverParameters</name>
    <message>
        <source>child propagation delay (to the slowest secondary)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>parent propagation delay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DNSKEY TTL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>largest TTL of signed data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>negative TTL (denial records)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DS TTL at the parent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLSA TTL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>time for a signer change to reach every RRset (0 for a full re-sign)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>delay from DS submission to DS published at the parent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>extra margin before a new key is used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>extra margin before an old key is removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ZSK lifetime</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KSK and CSK lifetime</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown parameter %1 (known: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>malformed duration "%1" for %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>assume every resolver caps TTLs at this value (unbound 1d, bind 1w)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::core::RolloverPresets</name>
    <message>
        <source>unknown preset %1 (known: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>BIND 9.18 default dnssec-policy (gradual re-signing: Dsgn 9d, safety margins 1h)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Knot DNS default policy (propagation-delay 1h, full re-sign)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a parent that scans CDS quickly (Dreg 1h, DprpP 5m, TTLds 1h)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a registrar web form (Dreg 24h, DprpP 1h, TTLds 1d)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>minutes instead of days, for workshops</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::core::RolloverQuiz</name>
    <message>
        <source>Earliest safe time for %1?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Correct: %1 is the earliest safe time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too early by %1: the earliest safe time is %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Safe, but %1 later than needed: the earliest safe time is %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Later than needed by %1, and this late the plan breaks elsewhere: the earliest safe time is %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With the event at %1 the check finds a %2 window [%3, %4) of %5 (%6, %7).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Witness: %1 {%2} published %3, on the servers until %4, cached until %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::core::SafetyChecker</name>
    <message>
        <source>The check assumes that every resolver caps cached TTLs at %1; a resolver without that cap may hold records longer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove max_cache_ttl for the worst case.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is deployed at %2, only %3 after its TLSA record was published at %4; caches may still hold the old TLSA RRset longer than the exact bound if TTLs are not honoured precisely.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>deploy %1 at &gt;= %2 (%3): at least 2 x TTLtlsa after its TLSA record was published</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::core::SignatureChecks</name>
    <message>
        <source>RRSIG over %1 (key %2, algorithm %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 signs data the zone is not authoritative for (a delegation's NS or glue).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the signature; only DS and NSEC are signed at a delegation point.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: no DNSKEY at the apex has this key tag and algorithm.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publish the signing key in the DNSKEY RRset or re-sign with a published key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the RRSIG record is malformed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no such RRset at this name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the algorithm is not supported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the signature does not verify</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is invalid: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re-sign the zone (the data changed after signing, or the signature is damaged).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 expired at %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re-sign the zone now and automate re-signing well before expiry.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 becomes valid only at %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the signer's clock; sign with an inception in the past (e.g. one hour ago).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 expires at %2, in %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re-sign the zone before the signatures expire.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the TTL of the RRset or the RRSIG exceeds the signature's original TTL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re-sign after changing TTLs, or restore the signed TTL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is valid for %2, more than 180 days: replayed old data stays valid as long.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign with a validity period of a few weeks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is valid for only %2, less than 12 hours: clock skew and caching break it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign with a validity period of days to weeks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1 RRset at %2 has no signature.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re-sign the zone so that every authoritative RRset is signed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1 RRset at %2 has no signature by algorithm %3 (%4), which is in the DNSKEY RRset.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign every RRset with every algorithm in the DNSKEY RRset, or remove the algorithm's keys (an algorithm rollover adds signatures before keys).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::core::SmtpTestServer</name>
    <message>
        <source>Cannot load the certificate chain or key %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::core::TlsaAssessment</name>
    <message>
        <source>PKIX-TA(0) and PKIX-EE(1) records are unusable for SMTP: DANE senders ignore them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publish DANE-EE(3) or DANE-TA(2) records instead (3 1 1 recommended).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Some TLSA records have unknown parameters or a digest of the wrong length.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Regenerate the records from the certificate (danewerk-cli tlsa create).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None of the %1 TLSA records is usable: senders require TLS but cannot authenticate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publish a 3 1 1 record for the server's key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 usable of %2 TLSA records.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the unusable records.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only one usable TLSA record: a key or certificate change breaks mail delivery.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publish a second record for the next key (current + next), or a 2 1 1 record for the issuing CA.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Two TLSA records carry the same data: the "next" record is the current key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publish the digest of the next key instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Full(0) records hold whole certificates or keys: large answers, fragile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use SHA2-256(1) instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>3 0 x records change with every certificate renewal, even when the key stays.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prefer 3 1 1 (the public key).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A matching record is ignored because a stronger digest for the same usage and selector does not match (digest agility).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fix or remove the non-matching record with the stronger matching type (e.g. 3 1 2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No %1 record matches the presented chain: every combination published should match.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Update or remove the stale %1 records.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A DANE-TA(2) record matches the leaf certificate itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use DANE-EE(3) for the server's own key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The DANE-TA(2) record matches the certificate at depth %1, not the leaf's issuer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pin the issuing CA of the server certificate (depth 1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The DANE-TA(2) record pins %1, an intermediate of a public CA that rotates its intermediates.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publish 3 1 1 for the server key (with a record for the next key) instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>3 0 x records pin a certificate that lives only %1 days: every renewal breaks them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publish 3 1 1 (the key survives renewals).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::core::TlsaGenerator</name>
    <message>
        <source>depth %1 is outside the chain, which has %2 certificate(s) (depth 0 is the leaf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a depth other than 0 only makes sense for the trust-anchor usages 0 and 2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage %1 (%2) pins a CA certificate, but this input holds only a key or a request; give the chain (fullchain.pem) or the CA certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage %1 (%2) needs a CA certificate, but this is a lone end-entity certificate; give the chain (fullchain.pem) or use usage 3 (DANE-EE)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage %1 (%2) needs a CA certificate, but the chosen certificate is not a CA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 %3 is not a TLSA parameter combination this tool can create (usage 0-3, selector 0-1, matching type 0-2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>port %1 is not between 1 and 65535</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a transport protocol name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>selector 0 (Cert) hashes a whole certificate, but this input holds only a key or a request; use selector 1 (SPKI) or give the certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a valid host name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the input names no host (no DNS subjectAltName that is not a wildcard); give the host with --host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the association data could not be computed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage %1 (%2) is unusable for SMTP: DANE senders ignore PKIX-TA and PKIX-EE records, so this record protects nothing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>publish 3 1 1 (DANE-EE SPKI SHA2-256) instead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>matching type 0 (Full) puts the whole certificate or key into DNS: large answers, and no digest agility</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>use matching type 1 (SHA2-256)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>3 0 x pins the whole certificate, which is valid for only %1 days: every renewal breaks the record, even when the key stays</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>use 3 1 1 (SPKI) and keep the key across renewals (certbot --reuse-key)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the record pins the intermediate CA "%1" of a public CA, which issues from changing intermediates without notice: a renewal from another intermediate breaks DANE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>prefer 3 1 1 with a stable key, or publish records for every intermediate the CA may use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2) works, but 3 1 1 (DANE-EE SPKI SHA2-256) is the recommended form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>publish 3 1 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only one TLSA record: when the key or certificate changes, DANE breaks until the new record has spread through caches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>publish a second record for the next key (3 1 1 of a pre-generated key) or for the issuing CA (2 1 1) before you change the certificate</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::core::TlsaMatcher</name>
    <message>
        <source>certificate usage %1 is not defined</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>selector %1 is not defined</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>matching type %1 is not defined</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage %1 (%2) is not used for SMTP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 data must be %2 bytes long, this is %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the association data is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>records with usage 0 (PKIX-TA) or 1 (PKIX-EE) are unusable for SMTP; DANE senders ignore them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>replace them with 3 1 1 (DANE-EE) or 2 1 1 (DANE-TA) records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the record %1 is unusable: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>correct or remove the record</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>none of the %n TLSA record(s) is usable, so DANE cannot authenticate the server</source>
        <translation><numerusform>none of the %n TLSA record is usable, so DANE cannot authenticate the server</numerusform><numerusform>none of the %n TLSA records is usable, so DANE cannot authenticate the server</numerusform></translation>
    </message>
    <message>
        <source>publish a 3 1 1 record for the server's key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no certificate to match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>give the server's certificate or chain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the certificate at depth %1 (%2) is not valid at %3 (valid %4 to %5); DANE-TA needs an in-date chain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>renew the certificate and install the new chain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the chain does not verify up to the trust anchor at depth %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>serve the complete chain from the leaf up to the anchor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the record %1 %2 %3 would match, but a %1 %2 %4 record is present and does not: senders use only the strongest digest (%5), so the matching record is ignored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fix or remove the %1 %2 %3 record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no %1 record matches the chain; a sender that supports only these parameters cannot authenticate the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>publish a %1 record for the current certificate as well, or remove the %1 records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a PKIX-TA/PKIX-EE record matched; the chain's validation against public root CAs is not part of this offline check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>make sure the chain also validates against the clients' root store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the certificate is not valid at %1 (valid %2 to %3); DANE-EE ignores dates, but clients without DANE will refuse it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>renew the certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only one usable TLSA record: the next key or certificate change breaks DANE until a new record has spread</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>publish a second record for the next key (3 1 1) or the issuing CA (2 1 1) ahead of the change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the chain leads to the DANE-TA trust anchor, but the certificate names none of %1 (it names %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no reference name given)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>issue a certificate whose subjectAltName includes the MX host name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no usable TLSA record matches the certificate chain; DANE senders will defer mail to this host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>publish a record for the new certificate (e.g. 3 1 1) before installing it</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::core::TlsaRecord</name>
    <message numerus="yes">
        <source>expected "usage selector matching-type data", found %n field(s)</source>
        <translation><numerusform>expected "usage selector matching-type data", found %n field</numerusform><numerusform>expected "usage selector matching-type data", found %n fields</numerusform></translation>
    </message>
    <message>
        <source>certificate usage "%1" is neither a number 0-255 nor a mnemonic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>selector "%1" is neither a number 0-255 nor a mnemonic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>matching type "%1" is neither a number 0-255 nor a mnemonic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>association data is longer than a DNS record can hold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>association data is not hexadecimal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>association data has an odd number of hex digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the record is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the record type is %1, not TLSA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is neither a TTL nor the class IN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no TLSA record found</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::core::ValidationTrustAnchors</name>
    <message>
        <source>Cannot read the trust anchor: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file holds no DS or DNSKEY record.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::core::WorkshopLab</name>
    <message>
        <source>The lab binds ports 53 and 25 and runs Postfix, which needs root. Run it as root, or use --unprivileged (high ports, Danewerk's own STARTTLS server instead of Postfix).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The lab needs these programs, which are not installed: %1 (Debian packages nsd, unbound, knot, postfix).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The lab's addresses are not free:
%1
Stop that process or choose another --base.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 stopped while starting. Its log (%2) ends with:
%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 did not answer within %2 s (%3). Its log (%4) ends with:
%5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopping %1 (PID %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No lab is running in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zone files re-read; resolver cache emptied.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no scenario "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scenario %1 restored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopping what is left of the previous lab.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Making keys, certificates and signed zones (signer: %1)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Started %1 (PID %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This machine has no IPv6 loopback address (::1): the IPv6 mail server is left out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unprivileged mode: Danewerk's own STARTTLS test server stands in for Postfix.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No SMTP server program was given.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::core::ZoneChainGraph</name>
    <message>
        <source>NSEC3 chain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NSEC chain</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>DS for %n child zone(s)</source>
        <translation><numerusform>DS for %n child zone</numerusform><numerusform>DS for %n child zones</numerusform></translation>
    </message>
    <message>
        <source>DNSKEY RRset</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::core::ZoneLoader</name>
    <message>
        <source>relative name without an origin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot encode the RDATA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RDATA longer than 65535 octets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing RDATA field after '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected text '%1' after the RDATA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bad number '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bad time value '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>relative name '%1' without an origin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bad domain name '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bad IPv4 address '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bad IPv6 address '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing hex data after '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bad hex '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bad hex '%1': odd number of digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing base64 data after '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bad base64 '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bad base64 '%1': wrong length</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bad base32hex '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown type '%1' in the type bitmap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bad signature time '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown type '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing text after '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bad escape in '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>text longer than 255 octets: '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bad CAA tag '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading the zone was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>$ORIGIN needs exactly one domain name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>$TTL needs exactly one TTL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bad TTL '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown directive '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>$INCLUDE needs a file name and optionally an origin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot open included file '%1': %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>$INCLUDE loop: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>$INCLUDE nested deeper than %1 files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>record without an owner name and no previous owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>relative name '%1' without an origin ($ORIGIN or --origin)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bad owner name '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>record without a type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bad RDATA length after \#</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bad RDATA length '%1' after \#</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>\# announces %1 octets but %2 follow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bad %1 data '%2': %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the zone file: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unbalanced parenthesis ')'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unterminated parenthesis '('</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>more than %1 included files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the zone's RDATA exceed 4 GiB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unterminated quoted string "%1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::core::ZoneSigner</name>
    <message>
        <source>Signing needs at least one key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key %1 has no private key and cannot sign.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key %1 belongs to %2, not to %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The signature validity window is empty: the expiration must follow the inception.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NSEC3 iterations or salt out of range.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The zone has no records at its apex.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The zone has no SOA record.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::core::ZoneStructureChecks</name>
    <message>
        <source>The zone %1 has no SOA record at its apex.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add exactly one SOA record at the zone apex.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The zone %1 has no NS records at its apex.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add NS records at the apex naming the zone's authoritative servers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 lies outside the zone %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the record or move it to the zone it belongs to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SOA record at %1, which is not the zone apex %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>More than one SOA record at the zone apex.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep exactly one SOA record, at the apex.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The TLSA record is truncated.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Regenerate the TLSA record from the certificate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown certificate usage %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown selector %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown matching type %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a SHA-256 digest has 32 octets, this one %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a SHA-512 digest has 64 octets, this one %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no certificate association data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Malformed TLSA record: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLSA usage %1 (%2) at an SMTP server: SMTP clients treat it as unusable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use DANE-EE (3) or DANE-TA (2) for SMTP.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Identical record already at %1:%2; servers keep only one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the duplicate record.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The records of this RRset have different TTLs (%1 and %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give every record of the RRset the same TTL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only one TLSA record: there is no record for the next key or certificate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publish a TLSA record for the next key before you change certificates ("current + next").</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The name server %1 lies inside the zone but has no A or AAAA record.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add A and/or AAAA records for %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a second CNAME</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has a CNAME and other data (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep either the CNAME or the other records at this name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CNAME loop: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Point one of the CNAMEs at a name with data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Identical record already on line %1; servers keep only one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate for %1 cannot be checked: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give a readable certificate, chain, key or request in PEM or DER.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There are no TLSA records at %1 to match the certificate %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publish a TLSA record for the certificate (e.g. 3 1 1) at %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate %1 matches no usable TLSA record at %2 (%3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publish a TLSA record for this certificate (e.g. 3 1 1) before it is installed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::core::ZoneValidator</name>
    <message>
        <source>The zone has both NSEC and NSEC3 records; validators use one chain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re-sign the zone with either NSEC or NSEC3 and remove the other chain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 holds no DS record.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::render::DiagramExport</name>
    <message>
        <source>%1: cannot encode PNG</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::render::DiagramPainter</name>
    <message>
        <source>. (root zone)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>zone %1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>matches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::render::DiagramStyle</name>
    <message>
        <source>secure / authenticated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>insecure / not applicable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bogus / failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>indeterminate / unresolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>presented</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::ui::CheckEmptyState</name>
    <message>
        <source>No domain checked yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type one or more mail domains in the field above, e.g. example.org, example.net, and press Check (or Enter). Several domains are checked at once; Cancel stops them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking the workshop lab? Choose the "Workshop lab" preset: it takes the resolver, trust anchor and SMTP port of the lab running on this machine (start it on the Lab page), then check good.test or any other scenario domain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Or open a run saved with "danewerk-cli check --save DIR" to re-assess it offline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the picture will show, per domain:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>trust anchor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>zones: DS, DNSKEY</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MX, A, AAAA, TLSA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MX hosts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>addresses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>certificates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLSA match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>verdict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each node shows its status by colour, line style and icon, so the picture also reads in greyscale. Click a node for its records and findings; export the picture as SVG or PNG.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use the workshop lab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open saved run…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No workshop lab runs on this machine right now: start one on the Lab page (or with "danewerk-cli lab up") to check its scenario domains.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A workshop lab is running (resolver %1).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::ui::CheckNodeDetails</name>
    <message>
        <source>fix: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>status: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>from:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLSA at _25._tcp.%1 (%2):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unusable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>STARTTLS: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>offered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not offered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLS: %1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>depth %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  subject: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  issuer: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  not after: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  presented by %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>matched: %1 %2 %3 at depth %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No findings concern this node.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Findings:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::ui::CheckPage</name>
    <message>
        <source>History of the selected domain (select two runs to compare)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare runs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Diagram</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a node in the diagram or an item in the tree.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Records and TLS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select two runs in the history and press "Compare runs".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 domains checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mail domains, e.g. example.org, example.net</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open saved run…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re-assess observations saved with 'danewerk-cli check --save DIR', offline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Domains:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System resolver</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workshop lab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>resolver ADDR[#PORT], e.g. 127.0.0.1#5353</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>trust anchor: IANA root KSKs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a trust-anchor file (DS or DNSKEY records)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SMTP port to connect to (the TLSA owner stays _25._tcp)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DNS only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SMTP port</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whole</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>100 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export SVG…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export PNG…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  Wheel zooms, drag pans, click a node for its records and findings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workshop lab: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No running lab found in %1 (start it on the Lab page).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trust anchor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved observations (check --save DIR)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>replay: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter at least one mail domain.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Checking %n domain(s)…</source>
        <translation><numerusform>Checking %n domain…</numerusform><numerusform>Checking %n domains…</numerusform></translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 domains.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n domain(s) checked.</source>
        <translation><numerusform>%n domain checked.</numerusform><numerusform>%n domains checked.</numerusform></translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To   %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No changes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export PNG</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export SVG</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timeout per DNS query and per SMTP dialogue with one address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timeout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%v of %m hosts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>… and %n more host(s)</source>
        <translation><numerusform>… and %n more host</numerusform><numerusform>… and %n more hosts</numerusform></translation>
    </message>
</context>
<context>
    <name>danewerk::ui::CheckResultTree</name>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MX RRset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MX %1  %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>TLSA _25._tcp.%1 (%n record(s))</source>
        <translation><numerusform>TLSA _25._tcp.%1 (%n record)</numerusform><numerusform>TLSA _25._tcp.%1 (%n records)</numerusform></translation>
    </message>
    <message>
        <source>matched</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>depth %1  %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>presented</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::ui::DsRecordsDialog</name>
    <message>
        <source>DS records of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SHA-256 (digest type 2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SHA-384 (digest type 4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Digest:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The zone has no DNSKEY with the SEP flag (257) at its apex.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::ui::FindingsModel</name>
    <message>
        <source>Error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fix:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Concerns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RFC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fix</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::ui::FindingsView</name>
    <message>
        <source>No findings.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation><numerusform>%n error</numerusform><numerusform>%n errors</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation><numerusform>%n warning</numerusform><numerusform>%n warnings</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s)</source>
        <translation><numerusform>%n notice</numerusform><numerusform>%n notices</numerusform></translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::ui::LabPage</name>
    <message>
        <source>Workshop lab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A complete DNSSEC and DANE world on this machine: a signed root and test. on NSD, a validating unbound that trusts only the lab root, mail servers with one address and certificate per MX host, and a hidden primary → Knot → NSD signing chain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Directory:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unprivileged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>High ports (DNS 10053, SMTP 10025) and Danewerk's own STARTTLS test server in place of Postfix, which needs root. Without root this is the only way.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start lab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop lab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Options for the live check:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the lab does when it starts and stops appears here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Not running.&lt;/b&gt; Start the lab, then point the live check at its resolver.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postfix on port %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Danewerk's own STARTTLS test server on port %1 (unprivileged mode: Postfix needs root)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Running.&lt;/b&gt; Resolver %1, authoritative server %2, mail: %3. Zones signed by %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starting the lab in %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The lab was already running.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The lab is up (%1 s).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lab running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The lab could not be started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopping the lab…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The lab is down.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::ui::LabScenarioPanel</name>
    <message>
        <source>Check it:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hints</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Teacher's view: show the expected answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expected answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The zone before and after the signer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsigned, on the hidden primary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed by Knot, as the public server gives it out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>en</source>
        <comment>language code of this translation (de in German)</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mail domain: %1   (scenario %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verdict: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;MX RRset: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Findings: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Show a hint (%n left)</source>
        <translation><numerusform>Show a hint (%n left)</numerusform><numerusform>Show a hint (%n left)</numerusform></translation>
    </message>
    <message>
        <source>No more hints</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(the lab has not been started yet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(start the lab to see the signed zone)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no answer to the zone transfer)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::ui::MainWindow</name>
    <message>
        <source>Danewerk — DNSSEC and DANE console</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLSA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rollover</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Live check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;sample workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Danewerk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About Danewerk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h3&gt;Danewerk %1&lt;/h3&gt;&lt;p&gt;A console for DNSSEC and DANE: zones, TLSA records, key rollovers, live checks of mail domains and a workshop lab.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open %1: not a zone file, rollover plan, certificate, key or request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everything Danewerk opens (*.zone *.db *.signed *.json *.pem *.crt *.cer *.der *.key *.csr *.pub *.req);;Zone files (*.zone *.db *.signed);;Rollover plans (*.json);;Certificates and keys (*.pem *.crt *.cer *.der *.key *.csr *.pub *.req);;All files (*)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::ui::PlaceholderPage</name>
    <message>
        <source>This page is being built. The command-line tool already offers what is ready: run &lt;code&gt;danewerk-cli --help&lt;/code&gt;.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::ui::RolloverComparisonTable</name>
    <message>
        <source>Method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Largest DNSKEY response</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parent interactions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>liberal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>strict-all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>≈ %1 bytes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✔ safe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✘ bogus</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::ui::RolloverPage</name>
    <message>
        <source>Solid bar: published · pale band: may still be cached · red: bogus · amber: mail deferred · dotted line: a step of the plan (hover for the formula) · dashed line: the time cursor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time cursor:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Method:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preset:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ROLLOVER.md defaults</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Validators:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RFC 6840: any one valid path</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a valid path for every DS algorithm (unbound's harden-algo-downgrade)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every DNSKEY algorithm signs every RRset (RFC 6781 worst case)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open plan…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save plan…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calendar (ICS)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operator runbook (Markdown)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>BIND dnssec-policy…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Knot policy…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>UTC time of t = 0: the activation of the current key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none (unbound, bind, 1d…)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolvers cap TTLs (unbound cache-max-ttl 1d, BIND max-cache-ttl 1w); leave max_cache_ttl empty for the worst case.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What a resolver may hold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At (editable)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>UTC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Formula</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Windows and fixes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Formulas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare methods</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Safe for %1: no resolver can see a bogus answer or defer mail.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Unsafe: %n window(s)</source>
        <translation><numerusform>Unsafe: %n window</numerusform><numerusform>Unsafe: %n windows</numerusform></translation>
    </message>
    <message>
        <source>Edit the time (717h, 2588100, P30D) and the check runs again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a time: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>moved by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open rollover plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rollover plans (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save rollover plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quiz</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::ui::RolloverQuizPanel</name>
    <message>
        <source>Your answer (time after t = 0, e.g. 719h5m or 30d):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No question for this seed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Question %1:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preset: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ROLLOVER.md defaults</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parameters:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Events before it:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none: it is the first event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a duration such as 719h5m, 30d or 2588100.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::ui::RolloverReportHtml</name>
    <message>
        <source>No windows.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>always</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>open end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unbounded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>witness: %1 %2, published %3, cached until %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>before the plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fix: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At %1 a resolver may hold:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>signed by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(cached only, until %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>deployed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✔ every combination validates</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::ui::RolloverTimelineChart</name>
    <message>
        <source>%1
published %2, master until %3, cached until %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>open end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 (%3): %4 to %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>always</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>witness: %1 %2, published %3, cached until %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>before the plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fix: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DS (parent)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DS %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DNSKEY %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DNSKEY RRset %1 signed by %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>signatures %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RRSIG over DNSKEY by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>zone data signed by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLSA %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLSA RRset %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>server presents %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>UTC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::ui::SignZoneDialog</name>
    <message>
        <source>Sign %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One combined key (CSK)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KSK and ZSK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NSEC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NSEC3 (no salt, no extra iterations)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Algorithm:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keys:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Denial of existence:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signature validity:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed zone file:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New keys are generated and written next to the signed zone file (the private key readable only by you).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The zone's present DNSKEY records are kept; its old signatures and NSEC/NSEC3 records are replaced.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save signed zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zone files (*.zone *.signed *.db);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the file to write the signed zone to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace file?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 exists already. Replace it with the signed zone?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generating keys and signing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signing failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 exists already.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::ui::SignatureValidityChart</name>
    <message>
        <source>Signatures still valid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expiry warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Expiry warning (now + %n day(s))</source>
        <translation><numerusform>Expiry warning (now + %n day)</numerusform><numerusform>Expiry warning (now + %n days)</numerusform></translation>
    </message>
</context>
<context>
    <name>danewerk::ui::TlsaPage</name>
    <message>
        <source>TLSA records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pre-flight check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificate, chain, key or request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a PEM or DER certificate, chain, public or private key, or CSR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paste PEM</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use the PEM text on the clipboard (Ctrl+Shift+V)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>0 PKIX-TA — public CA, plus PKIX validation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 PKIX-EE — server certificate, plus PKIX validation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>2 DANE-TA — your own trust anchor (CA) in the chain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>3 DANE-EE — the server's own key (recommended)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>0 Cert — the whole certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 SPKI — only the public key (recommended)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>0 Full — the data itself, no hash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 SHA2-256 (recommended)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>2 SHA2-512</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>from the certificate, e.g. mx1.example.org</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DANE-TA: which certificate of the chain to pin (0 = leaf). Automatic uses the top CA.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Usage:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Selector:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Matching type:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;TTL:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chain &amp;depth:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zone file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RDATA only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nsupdate script</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the record to the clipboard (Ctrl+Shift+C)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Will this certificate break DANE? Paste the TLSA records published now (zone-file lines or "3 1 1 &lt;hex&gt;"), or load them from a file. The check follows RFC 7672: DANE-EE without name or date checks, DANE-TA with a verifying chain and a name check, only the strongest digest per usage and selector.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Load records…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLSA base domain (MX host)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Host:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open certificate, key or request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificates and keys (*.pem *.crt *.cer *.der *.key *.csr *.pub *.req);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>clipboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not load the input</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Chain of %n certificate(s)</source>
        <translation><numerusform>Chain of %n certificate</numerusform><numerusform>Chain of %n certificates</numerusform></translation>
    </message>
    <message>
        <source>Public key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Private key (only its public half is used)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificate signing request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sample workspace: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Names: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid until %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requested names: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing loaded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open or drop a certificate, a chain (fullchain.pem), a public or private key, or a CSR; or paste PEM text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unusable for SMTP (RFC 7672): mail servers do not do PKIX validation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pins a CA certificate or key; the server must send the whole chain and its name must match.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pins the server's own certificate or key; no name or date checks. Best for mail servers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes with every renewal, even when the key stays the same.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Survives certificate renewals that keep the key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Long records; avoid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The common, recommended digest.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stronger digest; senders prefer it when both are published.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Load a certificate or chain to check it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paste or load the TLSA records published now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pasted records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✖ Cannot read the records: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✔ Match: senders will authenticate this certificate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✖ Mismatch: no usable record matches. Deploying this certificate would make DANE senders defer mail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✖ Name mismatch: the DANE-TA record matches, but the certificate does not name the host.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⚠ Unusable: none of the records can be used by SMTP senders (RFC 7672).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 %3 (%4) matched the certificate at depth %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Load TLSA records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zone files and text (*.zone *.db *.txt);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dropped text</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::ui::ZoneChainNodeDetails</name>
    <message>
        <source>line %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not yet valid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>current</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(%1 current, %2 expired, %3 not yet valid)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  … and %1 more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No findings concern this node.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Findings (%1):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key %1: algorithm %2 (%3), role %4, flags %5%6</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, revoked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DS for the parent zone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No DNSKEY record at the apex has key tag %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signatures made with this key: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The DS records the parent zone publishes for key %1:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>They are digests of this DNSKEY (%1):</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n record(s), %1</source>
        <translation><numerusform>%n record, %1</numerusform><numerusform>%n records, %1</numerusform></translation>
    </message>
    <message>
        <source>RRsets in this group: %1 (%2 records)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>key %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signatures over them: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 records, %2 names, %3 keys</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::ui::ZoneChainPanel</name>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whole</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chain of %1 at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Click a node of the chain to see its records and the findings that concern it; double-click it to show its record in the table.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the records of %1…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::ui::ZoneKeysPanel</name>
    <message>
        <source>Tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Algorithm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DS (SHA-256)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy DS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the DS record of the selected key (or of every SEP key) for the parent zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>— (not a SEP key)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The zone has no DNSKEY at its apex: it is not signed.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n key(s) at the apex</source>
        <translation><numerusform>%n key at the apex</numerusform><numerusform>%n keys at the apex</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n DS record(s) for the parent</source>
        <translation><numerusform>%n DS record for the parent</numerusform><numerusform>%n DS records for the parent</numerusform></translation>
    </message>
</context>
<context>
    <name>danewerk::ui::ZoneNameTreeModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::ui::ZoneRecordModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TTL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>danewerk::ui::ZonesPage</name>
    <message>
        <source>Open zone…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h2&gt;Zones&lt;/h2&gt;&lt;p&gt;Open a zone file or drop one here: its records, its names and every structural problem found in it appear on this page.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open zone file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zone files (*.zone *.db *.signed db.*);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading %1 was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unsigned</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>signed with %1, %n key(s)</source>
        <translation><numerusform>signed with %1, %n key</numerusform><numerusform>signed with %1, %n keys</numerusform></translation>
    </message>
    <message>
        <source>The zone has no signatures.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 signatures: %2 expired, %3 expire within a day, %4 within 7 days, %5 within 30 days, %6 later; %7 not yet valid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign zone…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign the loaded zone with new keys and write it to a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DS records…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The DS records of the zone's SEP keys, for the parent zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signature validity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zone signed</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n signature(s) written. Files:</source>
        <translation><numerusform>%n signature written. Files:</numerusform><numerusform>%n signatures written. Files:</numerusform></translation>
    </message>
    <message>
        <source>Chain</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Loading… (preview): the first %n record(s) of the file; the full zone, its names and its findings follow when the load is complete.</source>
        <translation><numerusform>Loading… (preview): the first %n record of the file; the full zone, its names and its findings follow when the load is complete.</numerusform><numerusform>Loading… (preview): the first %n records of the file; the full zone, its names and its findings follow when the load is complete.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Preview of %n record(s)</source>
        <translation><numerusform>Preview of %n record</numerusform><numerusform>Preview of %n records</numerusform></translation>
    </message>
    <message>
        <source>Sorting %1 records by %2…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sorting %1 records…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filtering %1 records…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation><numerusform>%n record</numerusform><numerusform>%n records</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n name(s)</source>
        <translation><numerusform>%n name</numerusform><numerusform>%n names</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n delegation(s) (%1 with DS)</source>
        <translation><numerusform>%n delegation (%1 with DS)</numerusform><numerusform>%n delegations (%1 with DS)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s)</source>
        <translation><numerusform>%n signature</numerusform><numerusform>%n signatures</numerusform></translation>
    </message>
    <message>
        <source>loaded in %1 ms</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Danewerk: DNSSEC and DANE console.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language (de, en).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Render the window to a PNG file and exit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page to show: zones, tlsa, rollover, check, lab.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Window size for screenshots, WxH.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificates, keys, zones or plans to open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Live check: re-assess the observations saved in DIR (check --save).</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
