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
        <source>tlsa verify needs --record or --records</source>
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
        <source>cannot restrict the permissions to 0600</source>
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
        <source>Load zone files, browse their records, validate DNSSEC offline (signatures, expiry, DS/DNSKEY, NSEC and NSEC3 chains), make DS records and sign zones for teaching.</source>
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
        <source>Plan DNSSEC key rollovers (ZSK, KSK, CSK, algorithm) and TLSA rollovers on a timeline, and see exactly when and why resolver caches would turn a plan bogus.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Live check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check a mail domain as a DANE-enforcing sender would: follow its MX hosts, validate DNSSEC from the trust anchor, fetch TLSA records, speak STARTTLS to every address and match the certificate chain, drawn as one diagram.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workshop lab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start a complete DNSSEC and DANE world on this machine — authoritative server, validating resolver and mail servers on loopback addresses — with broken scenarios for participants to diagnose.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open %1: not a certificate, key or request</source>
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
</context>
<context>
    <name>danewerk::ui::PlaceholderPage</name>
    <message>
        <source>This page is being built. The command-line tool already offers what is ready: run &lt;code&gt;danewerk-cli --help&lt;/code&gt;.</source>
        <translation type="unfinished" />
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
</context>
</TS>
