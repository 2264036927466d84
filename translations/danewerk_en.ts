<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
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
    <name>danewerk::ui::TlsaPage</name>
    <message>
        <source>TLSA records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-flight check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate, chain, key or request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a PEM or DER certificate, chain, public or private key, or CSR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste PEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the PEM text on the clipboard (Ctrl+Shift+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 PKIX-TA — public CA, plus PKIX validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 PKIX-EE — server certificate, plus PKIX validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 DANE-TA — your own trust anchor (CA) in the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 DANE-EE — the server&apos;s own key (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 Cert — the whole certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 SPKI — only the public key (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 Full — the data itself, no hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 SHA2-256 (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 SHA2-512</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the certificate, e.g. mx1.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DANE-TA: which certificate of the chain to pin (0 = leaf). Automatic uses the top CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Selector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Matching type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;TTL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain &amp;depth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RDATA only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nsupdate script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the record to the clipboard (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will this certificate break DANE? Paste the TLSA records published now (zone-file lines or &quot;3 1 1 &lt;hex&gt;&quot;), or load them from a file. The check follows RFC 7672: DANE-EE without name or date checks, DANE-TA with a verifying chain and a name check, only the strongest digest per usage and selector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLSA base domain (MX host)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open certificate, key or request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates and keys (*.pem *.crt *.cer *.der *.key *.csr *.pub *.req);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Chain of %n certificate(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key (only its public half is used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate signing request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested names: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or drop a certificate, a chain (fullchain.pem), a public or private key, or a CSR; or paste PEM text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unusable for SMTP (RFC 7672): mail servers do not do PKIX validation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pins a CA certificate or key; the server must send the whole chain and its name must match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pins the server&apos;s own certificate or key; no name or date checks. Best for mail servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes with every renewal, even when the key stays the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survives certificate renewals that keep the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long records; avoid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The common, recommended digest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stronger digest; senders prefer it when both are published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a certificate or chain to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste or load the TLSA records published now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pasted records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Cannot read the records: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Match: senders will authenticate this certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Mismatch: no usable record matches. Deploying this certificate would make DANE senders defer mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Name mismatch: the DANE-TA record matches, but the certificate does not name the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Unusable: none of the records can be used by SMTP senders (RFC 7672).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3 (%4) matched the certificate at depth %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load TLSA records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone files and text (*.zone *.db *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped text</source>
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
