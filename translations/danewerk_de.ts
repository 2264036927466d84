<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>danewerk::cli</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;%1 %2 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 %2 &lt;subcommand&gt; [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;%1 %2 &lt;subcommand&gt; --help&apos; for its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 [global options] &lt;command&gt; [&lt;subcommand&gt;] [options] [args]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danewerk: DNSSEC and DANE for mail administrators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options (accepted anywhere on the line):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>machine-readable output on stdout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the moment validity decisions use (ISO 8601 UTC or unix seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language of messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failures found, 2 usage or input error, 3 environment error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--now needs a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang needs de or en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--now: &apos;%1&apos; is not an ISO 8601 UTC time or unix seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; try --help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>danewerk::core::AtomicFile</name>
    <message>
        <source>the file exists already; use --force to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot restrict the permissions to 0600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>danewerk::ui::FindingsModel</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>danewerk::ui::FindingsView</name>
    <message>
        <source>No findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>danewerk::ui::MainWindow</name>
    <message>
        <source>Danewerk — DNSSEC and DANE console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load zone files, browse their records, validate DNSSEC offline (signatures, expiry, DS/DNSKEY, NSEC and NSEC3 chains), make DS records and sign zones for teaching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLSA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan DNSSEC key rollovers (ZSK, KSK, CSK, algorithm) and TLSA rollovers on a timeline, and see exactly when and why resolver caches would turn a plan bogus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a mail domain as a DANE-enforcing sender would: follow its MX hosts, validate DNSSEC from the trust anchor, fetch TLSA records, speak STARTTLS to every address and match the certificate chain, drawn as one diagram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a complete DNSSEC and DANE world on this machine — authoritative server, validating resolver and mail servers on loopback addresses — with broken scenarios for participants to diagnose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: not a certificate, key or request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;sample workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Danewerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Danewerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Danewerk %1&lt;/h3&gt;&lt;p&gt;A console for DNSSEC and DANE: zones, TLSA records, key rollovers, live checks of mail domains and a workshop lab.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>danewerk::ui::PlaceholderPage</name>
    <message>
        <source>This page is being built. The command-line tool already offers what is ready: run &lt;code&gt;danewerk-cli --help&lt;/code&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Danewerk: DNSSEC and DANE console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language (de, en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the window to a PNG file and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page to show: zones, tlsa, rollover, check, lab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size for screenshots, WxH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates, keys, zones or plans to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
