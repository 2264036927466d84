<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>danewerk::cli</name>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Try '%1 %2 --help'.</source>
        <translation>Siehe '%1 %2 --help'.</translation>
    </message>
    <message>
        <source>Usage: %1 %2 &lt;subcommand&gt; [options]</source>
        <translation>Aufruf: %1 %2 &lt;Unterbefehl&gt; [Optionen]</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>Unterbefehle:</translation>
    </message>
    <message>
        <source>Run '%1 %2 &lt;subcommand&gt; --help' for its options.</source>
        <translation>'%1 %2 &lt;Unterbefehl&gt; --help' zeigt dessen Optionen.</translation>
    </message>
    <message>
        <source>Usage: %1 [global options] &lt;command&gt; [&lt;subcommand&gt;] [options] [args]</source>
        <translation>Aufruf: %1 [globale Optionen] &lt;Befehl&gt; [&lt;Unterbefehl&gt;] [Optionen] [Argumente]</translation>
    </message>
    <message>
        <source>Danewerk: DNSSEC and DANE for mail administrators.</source>
        <translation>Danewerk: DNSSEC und DANE für Mail-Administratoren.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Global options (accepted anywhere on the line):</source>
        <translation>Globale Optionen (überall in der Befehlszeile erlaubt):</translation>
    </message>
    <message>
        <source>machine-readable output on stdout</source>
        <translation>maschinenlesbare Ausgabe auf stdout</translation>
    </message>
    <message>
        <source>the moment validity decisions use (ISO 8601 UTC or unix seconds)</source>
        <translation>der Zeitpunkt für alle Gültigkeitsentscheidungen (ISO 8601 UTC oder Unix-Sekunden)</translation>
    </message>
    <message>
        <source>language of messages</source>
        <translation>Sprache der Meldungen</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failures found, 2 usage or input error, 3 environment error.</source>
        <translation>Exit-Codes: 0 Erfolg, 1 Fehler gefunden, 2 Aufruf- oder Eingabefehler, 3 Umgebungsfehler.</translation>
    </message>
    <message>
        <source>--now needs a time</source>
        <translation>--now braucht einen Zeitpunkt</translation>
    </message>
    <message>
        <source>--lang needs de or en</source>
        <translation>--lang braucht de oder en</translation>
    </message>
    <message>
        <source>--now: '%1' is not an ISO 8601 UTC time or unix seconds</source>
        <translation>--now: '%1' ist weder eine ISO-8601-UTC-Zeit noch Unix-Sekunden</translation>
    </message>
    <message>
        <source>unknown command '%1'; try --help</source>
        <translation>unbekannter Befehl '%1'; siehe --help</translation>
    </message>
</context>
<context>
    <name>danewerk::cli::TlsaCommand</name>
    <message>
        <source>create TLSA records and check a certificate against them (DANE)</source>
        <translation>TLSA-Records erzeugen und ein Zertifikat dagegen prüfen (DANE)</translation>
    </message>
    <message>
        <source>make TLSA records from certificates, chains, keys or CSRs</source>
        <translation>TLSA-Records aus Zertifikaten, Ketten, Schlüsseln oder CSRs erzeugen</translation>
    </message>
    <message>
        <source>check a certificate or chain against TLSA records (pre-flight)</source>
        <translation>ein Zertifikat oder eine Kette gegen TLSA-Records prüfen (Vorabprüfung)</translation>
    </message>
    <message>
        <source>unknown subcommand 'tlsa %1'; try 'tlsa --help'</source>
        <translation>unbekannter Unterbefehl 'tlsa %1'; siehe 'tlsa --help'</translation>
    </message>
    <message>
        <source>fix:</source>
        <translation>Abhilfe:</translation>
    </message>
    <message>
        <source>Makes one TLSA record per FILE: a PEM or DER certificate, a PEM chain (leaf first, as in fullchain.pem), a public key, a private key (only its public half is used) or a PKCS#10 CSR.</source>
        <translation>Erzeugt einen TLSA-Record je DATEI: ein PEM- oder DER-Zertifikat, eine PEM-Kette (Endzertifikat zuerst, wie in fullchain.pem), ein öffentlicher Schlüssel, ein privater Schlüssel (nur sein öffentlicher Teil wird verwendet) oder ein PKCS#10-CSR.</translation>
    </message>
    <message>
        <source>certificate usage: 0-3 or PKIX-TA, PKIX-EE, DANE-TA, DANE-EE (default 3)</source>
        <translation>Certificate Usage: 0-3 oder PKIX-TA, PKIX-EE, DANE-TA, DANE-EE (Standard 3)</translation>
    </message>
    <message>
        <source>selector: 0, 1, Cert or SPKI (default 1)</source>
        <translation>Selector: 0, 1, Cert oder SPKI (Standard 1)</translation>
    </message>
    <message>
        <source>matching type: 0, 1, 2, Full, SHA2-256 or SHA2-512 (default 1)</source>
        <translation>Matching Type: 0, 1, 2, Full, SHA2-256 oder SHA2-512 (Standard 1)</translation>
    </message>
    <message>
        <source>TLSA base domain (default: the certificate's first DNS name that is not a wildcard)</source>
        <translation>TLSA-Basisdomain (Standard: der erste DNS-Name des Zertifikats, der kein Wildcard ist)</translation>
    </message>
    <message>
        <source>port (default 25)</source>
        <translation>Port (Standard 25)</translation>
    </message>
    <message>
        <source>protocol (default tcp)</source>
        <translation>Protokoll (Standard tcp)</translation>
    </message>
    <message>
        <source>TTL (default 3600)</source>
        <translation>TTL (Standard 3600)</translation>
    </message>
    <message>
        <source>DANE-TA: which certificate of the chain (0 = leaf; default: the top CA)</source>
        <translation>DANE-TA: welches Zertifikat der Kette (0 = Endzertifikat; Standard: die oberste CA)</translation>
    </message>
    <message>
        <source>output: zone (default), rdata, nsupdate, json</source>
        <translation>Ausgabe: zone (Standard), rdata, nsupdate, json</translation>
    </message>
    <message>
        <source>certificate, chain, key or CSR</source>
        <translation>Zertifikat, Kette, Schlüssel oder CSR</translation>
    </message>
    <message>
        <source>--usage: '%1' is not a certificate usage</source>
        <translation>--usage: '%1' ist keine Certificate Usage</translation>
    </message>
    <message>
        <source>--selector: '%1' is not a selector</source>
        <translation>--selector: '%1' ist kein Selector</translation>
    </message>
    <message>
        <source>--mtype: '%1' is not a matching type</source>
        <translation>--mtype: '%1' ist kein Matching Type</translation>
    </message>
    <message>
        <source>--port: '%1' is not a port number</source>
        <translation>--port: '%1' ist keine Portnummer</translation>
    </message>
    <message>
        <source>--ttl: '%1' is not a TTL</source>
        <translation>--ttl: '%1' ist keine TTL</translation>
    </message>
    <message>
        <source>--depth: '%1' is not a chain depth</source>
        <translation>--depth: '%1' ist keine Kettentiefe</translation>
    </message>
    <message>
        <source>--format: '%1' is not one of zone, rdata, nsupdate, json</source>
        <translation>--format: '%1' ist keines von zone, rdata, nsupdate, json</translation>
    </message>
    <message>
        <source>tlsa create needs at least one FILE; try 'tlsa create --help'</source>
        <translation>tlsa create braucht mindestens eine DATEI; siehe 'tlsa create --help'</translation>
    </message>
    <message>
        <source>(depth %1: %2, valid until %3)</source>
        <translation>(Tiefe %1: %2, gültig bis %3)</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Befunde:</translation>
    </message>
    <message>
        <source>Pre-flight: does CERTFILE (a certificate or a chain, leaf first) pass against these TLSA records the way a DANE sender (RFC 7672) checks it? Exit 0 on a match, 1 otherwise.</source>
        <translation>Vorabprüfung: Besteht ZERTDATEI (ein Zertifikat oder eine Kette, Endzertifikat zuerst) gegen diese TLSA-Records so, wie ein DANE-Absender (RFC 7672) prüft? Exit-Code 0 bei Übereinstimmung, sonst 1.</translation>
    </message>
    <message>
        <source>TLSA base domain, e.g. the MX host (required)</source>
        <translation>TLSA-Basisdomain, z. B. der MX-Host (erforderlich)</translation>
    </message>
    <message>
        <source>a TLSA record "U S M HEX" (repeatable)</source>
        <translation>ein TLSA-Record "U S M HEX" (wiederholbar)</translation>
    </message>
    <message>
        <source>a file of zone-file TLSA lines or "U S M HEX" lines</source>
        <translation>eine Datei mit TLSA-Zonendateizeilen oder "U S M HEX"-Zeilen</translation>
    </message>
    <message>
        <source>a further DANE-TA reference name, e.g. the next-hop domain (repeatable)</source>
        <translation>ein weiterer DANE-TA-Referenzname, z. B. die Next-Hop-Domain (wiederholbar)</translation>
    </message>
    <message>
        <source>certificate or chain (PEM or DER)</source>
        <translation>Zertifikat oder Kette (PEM oder DER)</translation>
    </message>
    <message>
        <source>tlsa verify needs --host</source>
        <translation>tlsa verify braucht --host</translation>
    </message>
    <message>
        <source>tlsa verify needs --record or --records</source>
        <translation>tlsa verify braucht --record oder --records</translation>
    </message>
    <message>
        <source>tlsa verify needs exactly one CERTFILE</source>
        <translation>tlsa verify braucht genau eine ZERTDATEI</translation>
    </message>
    <message>
        <source>%1: holds no certificate; tlsa verify needs the certificate or chain the server will present</source>
        <translation>%1: enthält kein Zertifikat; tlsa verify braucht das Zertifikat oder die Kette, die der Server vorzeigen wird</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <source>Chain:</source>
        <translation>Kette:</translation>
    </message>
    <message>
        <source>valid %1 to %2</source>
        <translation>gültig %1 bis %2</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Records:</translation>
    </message>
    <message>
        <source>unusable: %1</source>
        <translation>unbrauchbar: %1</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>keine Übereinstimmung</translation>
    </message>
    <message>
        <source>matches depth %1</source>
        <translation>passt zu Tiefe %1</translation>
    </message>
</context>
<context>
    <name>danewerk::core::AtomicFile</name>
    <message>
        <source>the file exists already; use --force to replace it</source>
        <translation>die Datei existiert bereits; mit --force wird sie ersetzt</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>kann nicht schreiben: %1</translation>
    </message>
    <message>
        <source>cannot restrict the permissions to 0600</source>
        <translation>kann die Zugriffsrechte nicht auf 0600 beschränken</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kann nicht lesen: %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 bytes</source>
        <translation>die Datei ist größer als %1 Bytes</translation>
    </message>
</context>
<context>
    <name>danewerk::core::CertificateLoader</name>
    <message>
        <source>the DER data is cut off: it declares %1 bytes but only %2 are there</source>
        <translation>die DER-Daten sind abgeschnitten: sie geben %1 Bytes an, vorhanden sind nur %2</translation>
    </message>
    <message>
        <source>more than %1 PEM blocks</source>
        <translation>mehr als %1 PEM-Blöcke</translation>
    </message>
    <message>
        <source>a PEM BEGIN line is incomplete</source>
        <translation>eine PEM-BEGIN-Zeile ist unvollständig</translation>
    </message>
    <message>
        <source>the PEM block "%1" starting on line %2 has no END line (the file is cut off)</source>
        <translation>der PEM-Block "%1" ab Zeile %2 hat keine END-Zeile (die Datei ist abgeschnitten)</translation>
    </message>
    <message>
        <source>the PEM block "%1" starting on line %2 ends without its END line</source>
        <translation>der PEM-Block "%1" ab Zeile %2 endet ohne seine END-Zeile</translation>
    </message>
    <message>
        <source>the private key is encrypted with a passphrase; give the certificate, the public key (openssl pkey -pubout) or an unencrypted copy of the key instead</source>
        <translation>der private Schlüssel ist mit einer Passphrase verschlüsselt; geben Sie stattdessen das Zertifikat, den öffentlichen Schlüssel (openssl pkey -pubout) oder eine unverschlüsselte Kopie des Schlüssels an</translation>
    </message>
    <message>
        <source>the certificate on line %1 is not valid base64</source>
        <translation>das Zertifikat in Zeile %1 ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>the certificate on line %1 is cut off: %2</source>
        <translation>das Zertifikat in Zeile %1 ist abgeschnitten: %2</translation>
    </message>
    <message>
        <source>the certificate on line %1 is not a valid X.509 certificate (%2)</source>
        <translation>das Zertifikat in Zeile %1 ist kein gültiges X.509-Zertifikat (%2)</translation>
    </message>
    <message>
        <source>malformed DER</source>
        <translation>fehlerhaftes DER</translation>
    </message>
    <message>
        <source>the private key on line %1 is not valid base64</source>
        <translation>der private Schlüssel in Zeile %1 ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>the private key on line %1 cannot be read</source>
        <translation>der private Schlüssel in Zeile %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the public key on line %1 cannot be read</source>
        <translation>der öffentliche Schlüssel in Zeile %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the certificate request on line %1 cannot be read</source>
        <translation>der Zertifikatsantrag in Zeile %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>found a PEM block of type "%1"; expected a certificate, a certificate chain, a public key, a private key or a certificate request</source>
        <translation>PEM-Block vom Typ "%1" gefunden; erwartet wurde ein Zertifikat, eine Zertifikatskette, ein öffentlicher Schlüssel, ein privater Schlüssel oder ein Zertifikatsantrag</translation>
    </message>
    <message>
        <source>neither PEM nor DER: expected a certificate, a certificate chain, a public key, a private key or a certificate request</source>
        <translation>weder PEM noch DER: erwartet wurde ein Zertifikat, eine Zertifikatskette, ein öffentlicher Schlüssel, ein privater Schlüssel oder ein Zertifikatsantrag</translation>
    </message>
    <message>
        <source>DER data that is no certificate, public key, private key or certificate request</source>
        <translation>DER-Daten, die weder Zertifikat noch öffentlicher oder privater Schlüssel noch Zertifikatsantrag sind</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the input is larger than %1 bytes</source>
        <translation>die Eingabe ist größer als %1 Bytes</translation>
    </message>
    <message>
        <source>the public key cannot be encoded</source>
        <translation>der öffentliche Schlüssel kann nicht kodiert werden</translation>
    </message>
</context>
<context>
    <name>danewerk::core::TlsaGenerator</name>
    <message>
        <source>depth %1 is outside the chain, which has %2 certificate(s) (depth 0 is the leaf)</source>
        <translation>Tiefe %1 liegt außerhalb der Kette, die %2 Zertifikat(e) hat (Tiefe 0 ist das Endzertifikat)</translation>
    </message>
    <message>
        <source>a depth other than 0 only makes sense for the trust-anchor usages 0 and 2</source>
        <translation>eine andere Tiefe als 0 ist nur für die Trust-Anchor-Usages 0 und 2 sinnvoll</translation>
    </message>
    <message>
        <source>usage %1 (%2) pins a CA certificate, but this input holds only a key or a request; give the chain (fullchain.pem) or the CA certificate</source>
        <translation>Usage %1 (%2) legt ein CA-Zertifikat fest, aber diese Eingabe enthält nur einen Schlüssel oder einen Antrag; geben Sie die Kette (fullchain.pem) oder das CA-Zertifikat an</translation>
    </message>
    <message>
        <source>usage %1 (%2) needs a CA certificate, but this is a lone end-entity certificate; give the chain (fullchain.pem) or use usage 3 (DANE-EE)</source>
        <translation>Usage %1 (%2) braucht ein CA-Zertifikat, dies ist aber ein einzelnes Endzertifikat; geben Sie die Kette (fullchain.pem) an oder verwenden Sie Usage 3 (DANE-EE)</translation>
    </message>
    <message>
        <source>usage %1 (%2) needs a CA certificate, but the chosen certificate is not a CA</source>
        <translation>Usage %1 (%2) braucht ein CA-Zertifikat, das gewählte Zertifikat ist aber keine CA</translation>
    </message>
    <message>
        <source>%1 %2 %3 is not a TLSA parameter combination this tool can create (usage 0-3, selector 0-1, matching type 0-2)</source>
        <translation>%1 %2 %3 ist keine TLSA-Parameterkombination, die dieses Werkzeug erzeugen kann (Usage 0-3, Selector 0-1, Matching Type 0-2)</translation>
    </message>
    <message>
        <source>port %1 is not between 1 and 65535</source>
        <translation>Port %1 liegt nicht zwischen 1 und 65535</translation>
    </message>
    <message>
        <source>"%1" is not a transport protocol name</source>
        <translation>"%1" ist kein Transportprotokollname</translation>
    </message>
    <message>
        <source>selector 0 (Cert) hashes a whole certificate, but this input holds only a key or a request; use selector 1 (SPKI) or give the certificate</source>
        <translation>Selector 0 (Cert) hasht ein ganzes Zertifikat, diese Eingabe enthält aber nur einen Schlüssel oder einen Antrag; verwenden Sie Selector 1 (SPKI) oder geben Sie das Zertifikat an</translation>
    </message>
    <message>
        <source>"%1" is not a valid host name</source>
        <translation>"%1" ist kein gültiger Hostname</translation>
    </message>
    <message>
        <source>the input names no host (no DNS subjectAltName that is not a wildcard); give the host with --host</source>
        <translation>die Eingabe nennt keinen Host (kein DNS-subjectAltName, der kein Wildcard ist); geben Sie den Host mit --host an</translation>
    </message>
    <message>
        <source>the association data could not be computed</source>
        <translation>die Association Data konnten nicht berechnet werden</translation>
    </message>
    <message>
        <source>usage %1 (%2) is unusable for SMTP: DANE senders ignore PKIX-TA and PKIX-EE records, so this record protects nothing</source>
        <translation>Usage %1 (%2) ist für SMTP unbrauchbar: DANE-Absender ignorieren PKIX-TA- und PKIX-EE-Records, dieser Record schützt also nichts</translation>
    </message>
    <message>
        <source>publish 3 1 1 (DANE-EE SPKI SHA2-256) instead</source>
        <translation>veröffentlichen Sie stattdessen 3 1 1 (DANE-EE SPKI SHA2-256)</translation>
    </message>
    <message>
        <source>matching type 0 (Full) puts the whole certificate or key into DNS: large answers, and no digest agility</source>
        <translation>Matching Type 0 (Full) legt das ganze Zertifikat oder den ganzen Schlüssel ins DNS: große Antworten und keine Digest-Agilität</translation>
    </message>
    <message>
        <source>use matching type 1 (SHA2-256)</source>
        <translation>verwenden Sie Matching Type 1 (SHA2-256)</translation>
    </message>
    <message>
        <source>3 0 x pins the whole certificate, which is valid for only %1 days: every renewal breaks the record, even when the key stays</source>
        <translation>3 0 x legt das ganze Zertifikat fest, das nur %1 Tage gültig ist: jede Erneuerung bricht den Record, auch wenn der Schlüssel bleibt</translation>
    </message>
    <message>
        <source>use 3 1 1 (SPKI) and keep the key across renewals (certbot --reuse-key)</source>
        <translation>verwenden Sie 3 1 1 (SPKI) und behalten Sie den Schlüssel bei Erneuerungen (certbot --reuse-key)</translation>
    </message>
    <message>
        <source>the record pins the intermediate CA "%1" of a public CA, which issues from changing intermediates without notice: a renewal from another intermediate breaks DANE</source>
        <translation>der Record legt die Zwischen-CA "%1" einer öffentlichen CA fest, die ohne Vorankündigung aus wechselnden Zwischen-CAs ausstellt: eine Erneuerung aus einer anderen Zwischen-CA bricht DANE</translation>
    </message>
    <message>
        <source>prefer 3 1 1 with a stable key, or publish records for every intermediate the CA may use</source>
        <translation>bevorzugen Sie 3 1 1 mit einem gleichbleibenden Schlüssel oder veröffentlichen Sie Records für jede Zwischen-CA, die die CA verwenden kann</translation>
    </message>
    <message>
        <source>%1 (%2) works, but 3 1 1 (DANE-EE SPKI SHA2-256) is the recommended form</source>
        <translation>%1 (%2) funktioniert, empfohlen ist aber 3 1 1 (DANE-EE SPKI SHA2-256)</translation>
    </message>
    <message>
        <source>publish 3 1 1</source>
        <translation>veröffentlichen Sie 3 1 1</translation>
    </message>
    <message>
        <source>only one TLSA record: when the key or certificate changes, DANE breaks until the new record has spread through caches</source>
        <translation>nur ein TLSA-Record: wenn sich Schlüssel oder Zertifikat ändern, ist DANE gestört, bis sich der neue Record in den Caches verbreitet hat</translation>
    </message>
    <message>
        <source>publish a second record for the next key (3 1 1 of a pre-generated key) or for the issuing CA (2 1 1) before you change the certificate</source>
        <translation>veröffentlichen Sie vor dem Zertifikatswechsel einen zweiten Record für den nächsten Schlüssel (3 1 1 eines vorab erzeugten Schlüssels) oder für die ausstellende CA (2 1 1)</translation>
    </message>
</context>
<context>
    <name>danewerk::core::TlsaMatcher</name>
    <message>
        <source>certificate usage %1 is not defined</source>
        <translation>Certificate Usage %1 ist nicht definiert</translation>
    </message>
    <message>
        <source>selector %1 is not defined</source>
        <translation>Selector %1 ist nicht definiert</translation>
    </message>
    <message>
        <source>matching type %1 is not defined</source>
        <translation>Matching Type %1 ist nicht definiert</translation>
    </message>
    <message>
        <source>usage %1 (%2) is not used for SMTP</source>
        <translation>Usage %1 (%2) wird für SMTP nicht verwendet</translation>
    </message>
    <message>
        <source>%1 data must be %2 bytes long, this is %3</source>
        <translation>%1-Daten müssen %2 Bytes lang sein, diese sind %3</translation>
    </message>
    <message>
        <source>the association data is empty</source>
        <translation>die Association Data sind leer</translation>
    </message>
    <message>
        <source>records with usage 0 (PKIX-TA) or 1 (PKIX-EE) are unusable for SMTP; DANE senders ignore them</source>
        <translation>Records mit Usage 0 (PKIX-TA) oder 1 (PKIX-EE) sind für SMTP unbrauchbar; DANE-Absender ignorieren sie</translation>
    </message>
    <message>
        <source>replace them with 3 1 1 (DANE-EE) or 2 1 1 (DANE-TA) records</source>
        <translation>ersetzen Sie sie durch 3 1 1 (DANE-EE) oder 2 1 1 (DANE-TA)</translation>
    </message>
    <message>
        <source>the record %1 is unusable: %2</source>
        <translation>der Record %1 ist unbrauchbar: %2</translation>
    </message>
    <message>
        <source>correct or remove the record</source>
        <translation>korrigieren oder entfernen Sie den Record</translation>
    </message>
    <message numerus="yes">
        <source>none of the %n TLSA record(s) is usable, so DANE cannot authenticate the server</source>
        <translation><numerusform>der %n TLSA-Record ist unbrauchbar, DANE kann den Server also nicht authentifizieren</numerusform><numerusform>keiner der %n TLSA-Records ist brauchbar, DANE kann den Server also nicht authentifizieren</numerusform></translation>
    </message>
    <message>
        <source>publish a 3 1 1 record for the server's key</source>
        <translation>veröffentlichen Sie einen 3 1 1-Record für den Schlüssel des Servers</translation>
    </message>
    <message>
        <source>there is no certificate to match</source>
        <translation>es gibt kein Zertifikat zum Abgleich</translation>
    </message>
    <message>
        <source>give the server's certificate or chain</source>
        <translation>geben Sie das Zertifikat oder die Kette des Servers an</translation>
    </message>
    <message>
        <source>the certificate at depth %1 (%2) is not valid at %3 (valid %4 to %5); DANE-TA needs an in-date chain</source>
        <translation>das Zertifikat in Tiefe %1 (%2) ist am %3 nicht gültig (gültig %4 bis %5); DANE-TA braucht eine zeitlich gültige Kette</translation>
    </message>
    <message>
        <source>renew the certificate and install the new chain</source>
        <translation>erneuern Sie das Zertifikat und installieren Sie die neue Kette</translation>
    </message>
    <message>
        <source>the chain does not verify up to the trust anchor at depth %1: %2</source>
        <translation>die Kette lässt sich nicht bis zum Trust Anchor in Tiefe %1 verifizieren: %2</translation>
    </message>
    <message>
        <source>serve the complete chain from the leaf up to the anchor</source>
        <translation>liefern Sie die vollständige Kette vom Endzertifikat bis zum Anchor aus</translation>
    </message>
    <message>
        <source>the record %1 %2 %3 would match, but a %1 %2 %4 record is present and does not: senders use only the strongest digest (%5), so the matching record is ignored</source>
        <translation>der Record %1 %2 %3 würde passen, es gibt aber einen %1 %2 %4-Record, der nicht passt: Absender verwenden nur den stärksten Digest (%5), der passende Record wird also ignoriert</translation>
    </message>
    <message>
        <source>fix or remove the %1 %2 %3 record</source>
        <translation>korrigieren oder entfernen Sie den %1 %2 %3-Record</translation>
    </message>
    <message>
        <source>no %1 record matches the chain; a sender that supports only these parameters cannot authenticate the server</source>
        <translation>kein %1-Record passt zur Kette; ein Absender, der nur diese Parameter unterstützt, kann den Server nicht authentifizieren</translation>
    </message>
    <message>
        <source>publish a %1 record for the current certificate as well, or remove the %1 records</source>
        <translation>veröffentlichen Sie auch einen %1-Record für das aktuelle Zertifikat oder entfernen Sie die %1-Records</translation>
    </message>
    <message>
        <source>a PKIX-TA/PKIX-EE record matched; the chain's validation against public root CAs is not part of this offline check</source>
        <translation>ein PKIX-TA/PKIX-EE-Record passt; die Validierung der Kette gegen öffentliche Wurzel-CAs ist nicht Teil dieser Offline-Prüfung</translation>
    </message>
    <message>
        <source>make sure the chain also validates against the clients' root store</source>
        <translation>stellen Sie sicher, dass die Kette auch gegen den Wurzelspeicher der Clients validiert</translation>
    </message>
    <message>
        <source>the certificate is not valid at %1 (valid %2 to %3); DANE-EE ignores dates, but clients without DANE will refuse it</source>
        <translation>das Zertifikat ist am %1 nicht gültig (gültig %2 bis %3); DANE-EE ignoriert Daten, Clients ohne DANE werden es aber ablehnen</translation>
    </message>
    <message>
        <source>renew the certificate</source>
        <translation>erneuern Sie das Zertifikat</translation>
    </message>
    <message>
        <source>only one usable TLSA record: the next key or certificate change breaks DANE until a new record has spread</source>
        <translation>nur ein brauchbarer TLSA-Record: der nächste Schlüssel- oder Zertifikatswechsel bricht DANE, bis sich ein neuer Record verbreitet hat</translation>
    </message>
    <message>
        <source>publish a second record for the next key (3 1 1) or the issuing CA (2 1 1) ahead of the change</source>
        <translation>veröffentlichen Sie vor dem Wechsel einen zweiten Record für den nächsten Schlüssel (3 1 1) oder die ausstellende CA (2 1 1)</translation>
    </message>
    <message>
        <source>the chain leads to the DANE-TA trust anchor, but the certificate names none of %1 (it names %2)</source>
        <translation>die Kette führt zum DANE-TA-Trust-Anchor, aber das Zertifikat nennt keinen von %1 (es nennt %2)</translation>
    </message>
    <message>
        <source>(no reference name given)</source>
        <translation>(kein Referenzname angegeben)</translation>
    </message>
    <message>
        <source>issue a certificate whose subjectAltName includes the MX host name</source>
        <translation>stellen Sie ein Zertifikat aus, dessen subjectAltName den MX-Hostnamen enthält</translation>
    </message>
    <message>
        <source>no usable TLSA record matches the certificate chain; DANE senders will defer mail to this host</source>
        <translation>kein brauchbarer TLSA-Record passt zur Zertifikatskette; DANE-Absender werden Mail an diesen Host zurückstellen</translation>
    </message>
    <message>
        <source>publish a record for the new certificate (e.g. 3 1 1) before installing it</source>
        <translation>veröffentlichen Sie einen Record für das neue Zertifikat (z. B. 3 1 1), bevor Sie es installieren</translation>
    </message>
</context>
<context>
    <name>danewerk::core::TlsaRecord</name>
    <message numerus="yes">
        <source>expected "usage selector matching-type data", found %n field(s)</source>
        <translation><numerusform>erwartet "Usage Selector Matching-Type Daten", gefunden %n Feld</numerusform><numerusform>erwartet "Usage Selector Matching-Type Daten", gefunden %n Felder</numerusform></translation>
    </message>
    <message>
        <source>certificate usage "%1" is neither a number 0-255 nor a mnemonic</source>
        <translation>Certificate Usage "%1" ist weder eine Zahl 0-255 noch ein Mnemonic</translation>
    </message>
    <message>
        <source>selector "%1" is neither a number 0-255 nor a mnemonic</source>
        <translation>Selector "%1" ist weder eine Zahl 0-255 noch ein Mnemonic</translation>
    </message>
    <message>
        <source>matching type "%1" is neither a number 0-255 nor a mnemonic</source>
        <translation>Matching Type "%1" ist weder eine Zahl 0-255 noch ein Mnemonic</translation>
    </message>
    <message>
        <source>association data is longer than a DNS record can hold</source>
        <translation>die Association Data sind länger, als ein DNS-Record fassen kann</translation>
    </message>
    <message>
        <source>association data is not hexadecimal</source>
        <translation>die Association Data sind nicht hexadezimal</translation>
    </message>
    <message>
        <source>association data has an odd number of hex digits</source>
        <translation>die Association Data haben eine ungerade Anzahl Hexziffern</translation>
    </message>
    <message>
        <source>the record is empty</source>
        <translation>der Record ist leer</translation>
    </message>
    <message>
        <source>the record type is %1, not TLSA</source>
        <translation>der Record-Typ ist %1, nicht TLSA</translation>
    </message>
    <message>
        <source>"%1" is neither a TTL nor the class IN</source>
        <translation>"%1" ist weder eine TTL noch die Klasse IN</translation>
    </message>
    <message>
        <source>no TLSA record found</source>
        <translation>kein TLSA-Record gefunden</translation>
    </message>
</context>
<context>
    <name>danewerk::ui::FindingsModel</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Abhilfe:</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>RFC</source>
        <translation>RFC</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Abhilfe</translation>
    </message>
</context>
<context>
    <name>danewerk::ui::FindingsView</name>
    <message>
        <source>No findings.</source>
        <translation>Keine Befunde.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s)</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Abhilfe:</translation>
    </message>
</context>
<context>
    <name>danewerk::ui::MainWindow</name>
    <message>
        <source>Danewerk — DNSSEC and DANE console</source>
        <translation>Danewerk — DNSSEC- und DANE-Konsole</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Zonen</translation>
    </message>
    <message>
        <source>Load zone files, browse their records, validate DNSSEC offline (signatures, expiry, DS/DNSKEY, NSEC and NSEC3 chains), make DS records and sign zones for teaching.</source>
        <translation>Zonendateien laden, ihre Records durchsehen, DNSSEC offline prüfen (Signaturen, Ablauf, DS/DNSKEY, NSEC- und NSEC3-Ketten), DS-Records erzeugen und Zonen zu Lehrzwecken signieren.</translation>
    </message>
    <message>
        <source>TLSA</source>
        <translation>TLSA</translation>
    </message>
    <message>
        <source>Rollover</source>
        <translation>Rollover</translation>
    </message>
    <message>
        <source>Plan DNSSEC key rollovers (ZSK, KSK, CSK, algorithm) and TLSA rollovers on a timeline, and see exactly when and why resolver caches would turn a plan bogus.</source>
        <translation>DNSSEC-Schlüsselwechsel (ZSK, KSK, CSK, Algorithmus) und TLSA-Wechsel auf einer Zeitachse planen und genau sehen, wann und warum Resolver-Caches einen Plan ungültig (bogus) machen würden.</translation>
    </message>
    <message>
        <source>Live check</source>
        <translation>Live-Prüfung</translation>
    </message>
    <message>
        <source>Check a mail domain as a DANE-enforcing sender would: follow its MX hosts, validate DNSSEC from the trust anchor, fetch TLSA records, speak STARTTLS to every address and match the certificate chain, drawn as one diagram.</source>
        <translation>Eine Maildomain so prüfen, wie es ein DANE-durchsetzender Absender tut: ihren MX-Hosts folgen, DNSSEC ab dem Vertrauensanker validieren, TLSA-Records abfragen, mit jeder Adresse STARTTLS sprechen und die Zertifikatskette abgleichen, alles in einem Diagramm.</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>Labor</translation>
    </message>
    <message>
        <source>Workshop lab</source>
        <translation>Workshop-Labor</translation>
    </message>
    <message>
        <source>Start a complete DNSSEC and DANE world on this machine — authoritative server, validating resolver and mail servers on loopback addresses — with broken scenarios for participants to diagnose.</source>
        <translation>Eine vollständige DNSSEC- und DANE-Welt auf diesem Rechner starten — autoritativer Server, validierender Resolver und Mailserver auf Loopback-Adressen — mit fehlerhaften Szenarien, die Teilnehmende diagnostizieren.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Cannot open %1: not a certificate, key or request</source>
        <translation>Kann %1 nicht öffnen: weder Zertifikat noch Schlüssel noch Zertifikatsanforderung</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;sample workspace</source>
        <translation>&amp;Beispiel-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Danewerk</source>
        <translation>&amp;Über Danewerk</translation>
    </message>
    <message>
        <source>About Danewerk</source>
        <translation>Über Danewerk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Danewerk %1&lt;/h3&gt;&lt;p&gt;A console for DNSSEC and DANE: zones, TLSA records, key rollovers, live checks of mail domains and a workshop lab.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Danewerk %1&lt;/h3&gt;&lt;p&gt;Eine Konsole für DNSSEC und DANE: Zonen, TLSA-Records, Schlüsselwechsel, Live-Prüfungen von Maildomains und ein Workshop-Labor.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>danewerk::ui::PlaceholderPage</name>
    <message>
        <source>This page is being built. The command-line tool already offers what is ready: run &lt;code&gt;danewerk-cli --help&lt;/code&gt;.</source>
        <translation>Diese Seite entsteht gerade. Das Kommandozeilenwerkzeug bietet schon, was fertig ist: &lt;code&gt;danewerk-cli --help&lt;/code&gt;.</translation>
    </message>
</context>
<context>
    <name>danewerk::ui::TlsaPage</name>
    <message>
        <source>TLSA records</source>
        <translation>TLSA-Records</translation>
    </message>
    <message>
        <source>Create record</source>
        <translation>Record erzeugen</translation>
    </message>
    <message>
        <source>Pre-flight check</source>
        <translation>Vorabprüfung</translation>
    </message>
    <message>
        <source>Certificate, chain, key or request</source>
        <translation>Zertifikat, Kette, Schlüssel oder Anforderung</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Open a PEM or DER certificate, chain, public or private key, or CSR</source>
        <translation>Ein PEM- oder DER-Zertifikat, eine Kette, einen öffentlichen oder privaten Schlüssel oder eine CSR öffnen</translation>
    </message>
    <message>
        <source>Paste PEM</source>
        <translation>PEM einfügen</translation>
    </message>
    <message>
        <source>Use the PEM text on the clipboard (Ctrl+Shift+V)</source>
        <translation>Den PEM-Text aus der Zwischenablage verwenden (Strg+Umschalt+V)</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>0 PKIX-TA — public CA, plus PKIX validation</source>
        <translation>0 PKIX-TA — öffentliche CA, zusätzlich PKIX-Prüfung</translation>
    </message>
    <message>
        <source>1 PKIX-EE — server certificate, plus PKIX validation</source>
        <translation>1 PKIX-EE — Serverzertifikat, zusätzlich PKIX-Prüfung</translation>
    </message>
    <message>
        <source>2 DANE-TA — your own trust anchor (CA) in the chain</source>
        <translation>2 DANE-TA — eigener Vertrauensanker (CA) in der Kette</translation>
    </message>
    <message>
        <source>3 DANE-EE — the server's own key (recommended)</source>
        <translation>3 DANE-EE — der eigene Schlüssel des Servers (empfohlen)</translation>
    </message>
    <message>
        <source>0 Cert — the whole certificate</source>
        <translation>0 Cert — das ganze Zertifikat</translation>
    </message>
    <message>
        <source>1 SPKI — only the public key (recommended)</source>
        <translation>1 SPKI — nur der öffentliche Schlüssel (empfohlen)</translation>
    </message>
    <message>
        <source>0 Full — the data itself, no hash</source>
        <translation>0 Full — die Daten selbst, ohne Hash</translation>
    </message>
    <message>
        <source>1 SHA2-256 (recommended)</source>
        <translation>1 SHA2-256 (empfohlen)</translation>
    </message>
    <message>
        <source>2 SHA2-512</source>
        <translation>2 SHA2-512</translation>
    </message>
    <message>
        <source>from the certificate, e.g. mx1.example.org</source>
        <translation>aus dem Zertifikat, z. B. mx1.example.org</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>DANE-TA: which certificate of the chain to pin (0 = leaf). Automatic uses the top CA.</source>
        <translation>DANE-TA: welches Zertifikat der Kette festgelegt wird (0 = Endzertifikat). Automatisch nimmt die oberste CA.</translation>
    </message>
    <message>
        <source>&amp;Usage:</source>
        <translation>&amp;Verwendung:</translation>
    </message>
    <message>
        <source>&amp;Selector:</source>
        <translation>&amp;Selektor:</translation>
    </message>
    <message>
        <source>&amp;Matching type:</source>
        <translation>&amp;Abgleichtyp:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;TTL:</source>
        <translation>&amp;TTL:</translation>
    </message>
    <message>
        <source>Chain &amp;depth:</source>
        <translation>Ketten&amp;tiefe:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Zone file</source>
        <translation>Zonendatei</translation>
    </message>
    <message>
        <source>RDATA only</source>
        <translation>nur RDATA</translation>
    </message>
    <message>
        <source>nsupdate script</source>
        <translation>nsupdate-Skript</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the record to the clipboard (Ctrl+Shift+C)</source>
        <translation>Den Record in die Zwischenablage kopieren (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Will this certificate break DANE? Paste the TLSA records published now (zone-file lines or "3 1 1 &lt;hex&gt;"), or load them from a file. The check follows RFC 7672: DANE-EE without name or date checks, DANE-TA with a verifying chain and a name check, only the strongest digest per usage and selector.</source>
        <translation>Bricht dieses Zertifikat DANE? Die jetzt veröffentlichten TLSA-Records einfügen (Zonendatei-Zeilen oder "3 1 1 &lt;hex&gt;") oder aus einer Datei laden. Die Prüfung folgt RFC 7672: DANE-EE ohne Namens- und Datumsprüfung, DANE-TA mit prüfbarer Kette und Namensprüfung, je Verwendung und Selektor zählt nur der stärkste Hash.</translation>
    </message>
    <message>
        <source>Load records…</source>
        <translation>Records laden…</translation>
    </message>
    <message>
        <source>TLSA base domain (MX host)</source>
        <translation>TLSA-Basisdomain (MX-Host)</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Open certificate, key or request</source>
        <translation>Zertifikat, Schlüssel oder Anforderung öffnen</translation>
    </message>
    <message>
        <source>Certificates and keys (*.pem *.crt *.cer *.der *.key *.csr *.pub *.req);;All files (*)</source>
        <translation>Zertifikate und Schlüssel (*.pem *.crt *.cer *.der *.key *.csr *.pub *.req);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation>Die Zwischenablage enthält keinen Text.</translation>
    </message>
    <message>
        <source>clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message>
        <source>Could not load the input</source>
        <translation>Die Eingabe konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message numerus="yes">
        <source>Chain of %n certificate(s)</source>
        <translation>
            <numerusform>Kette aus %n Zertifikat</numerusform>
            <numerusform>Kette aus %n Zertifikaten</numerusform>
        </translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Öffentlicher Schlüssel</translation>
    </message>
    <message>
        <source>Private key (only its public half is used)</source>
        <translation>Privater Schlüssel (nur sein öffentlicher Teil wird verwendet)</translation>
    </message>
    <message>
        <source>Certificate signing request</source>
        <translation>Zertifikatsanforderung (CSR)</translation>
    </message>
    <message>
        <source>sample workspace: %1</source>
        <translation>Beispiel-Arbeitsbereich: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Inhaber: %1</translation>
    </message>
    <message>
        <source>Names: %1</source>
        <translation>Namen: %1</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Gültig bis %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Aussteller: %1</translation>
    </message>
    <message>
        <source>Requested names: %1</source>
        <translation>Beantragte Namen: %1</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Schlüssel: %1</translation>
    </message>
    <message>
        <source>Nothing loaded</source>
        <translation>Nichts geladen</translation>
    </message>
    <message>
        <source>Open or drop a certificate, a chain (fullchain.pem), a public or private key, or a CSR; or paste PEM text.</source>
        <translation>Ein Zertifikat, eine Kette (fullchain.pem), einen öffentlichen oder privaten Schlüssel oder eine CSR öffnen oder hierher ziehen; oder PEM-Text einfügen.</translation>
    </message>
    <message>
        <source>Unusable for SMTP (RFC 7672): mail servers do not do PKIX validation.</source>
        <translation>Für SMTP unbrauchbar (RFC 7672): Mailserver prüfen nicht nach PKIX.</translation>
    </message>
    <message>
        <source>Pins a CA certificate or key; the server must send the whole chain and its name must match.</source>
        <translation>Legt ein CA-Zertifikat oder einen CA-Schlüssel fest; der Server muss die ganze Kette senden und sein Name muss passen.</translation>
    </message>
    <message>
        <source>Pins the server's own certificate or key; no name or date checks. Best for mail servers.</source>
        <translation>Legt das eigene Zertifikat oder den eigenen Schlüssel des Servers fest; ohne Namens- und Datumsprüfung. Am besten für Mailserver.</translation>
    </message>
    <message>
        <source>Changes with every renewal, even when the key stays the same.</source>
        <translation>Ändert sich bei jeder Erneuerung, auch wenn der Schlüssel gleich bleibt.</translation>
    </message>
    <message>
        <source>Survives certificate renewals that keep the key.</source>
        <translation>Übersteht Zertifikatserneuerungen, die den Schlüssel behalten.</translation>
    </message>
    <message>
        <source>Long records; avoid.</source>
        <translation>Lange Records; besser vermeiden.</translation>
    </message>
    <message>
        <source>The common, recommended digest.</source>
        <translation>Der übliche, empfohlene Hash.</translation>
    </message>
    <message>
        <source>Stronger digest; senders prefer it when both are published.</source>
        <translation>Stärkerer Hash; Absender bevorzugen ihn, wenn beide veröffentlicht sind.</translation>
    </message>
    <message>
        <source>Load a certificate or chain to check it.</source>
        <translation>Ein Zertifikat oder eine Kette laden, um es zu prüfen.</translation>
    </message>
    <message>
        <source>Paste or load the TLSA records published now.</source>
        <translation>Die jetzt veröffentlichten TLSA-Records einfügen oder laden.</translation>
    </message>
    <message>
        <source>pasted records</source>
        <translation>eingefügte Records</translation>
    </message>
    <message>
        <source>✖ Cannot read the records: %1</source>
        <translation>✖ Die Records sind nicht lesbar: %1</translation>
    </message>
    <message>
        <source>✔ Match: senders will authenticate this certificate.</source>
        <translation>✔ Treffer: Absender werden dieses Zertifikat authentifizieren.</translation>
    </message>
    <message>
        <source>✖ Mismatch: no usable record matches. Deploying this certificate would make DANE senders defer mail.</source>
        <translation>✖ Kein Treffer: kein verwendbarer Record passt. Mit diesem Zertifikat würden DANE-Absender Mail zurückstellen.</translation>
    </message>
    <message>
        <source>✖ Name mismatch: the DANE-TA record matches, but the certificate does not name the host.</source>
        <translation>✖ Name passt nicht: der DANE-TA-Record passt, aber das Zertifikat nennt den Host nicht.</translation>
    </message>
    <message>
        <source>⚠ Unusable: none of the records can be used by SMTP senders (RFC 7672).</source>
        <translation>⚠ Unbrauchbar: keiner der Records ist für SMTP-Absender verwendbar (RFC 7672).</translation>
    </message>
    <message>
        <source>%1 %2 %3 (%4) matched the certificate at depth %5</source>
        <translation>%1 %2 %3 (%4) passt zum Zertifikat in Tiefe %5</translation>
    </message>
    <message>
        <source>Load TLSA records</source>
        <translation>TLSA-Records laden</translation>
    </message>
    <message>
        <source>Zone files and text (*.zone *.db *.txt);;All files (*)</source>
        <translation>Zonendateien und Text (*.zone *.db *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kann %1 nicht lesen: %2</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>dropped text</source>
        <translation>abgelegter Text</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Danewerk: DNSSEC and DANE console.</source>
        <translation>Danewerk: DNSSEC- und DANE-Konsole.</translation>
    </message>
    <message>
        <source>Language (de, en).</source>
        <translation>Sprache (de, en).</translation>
    </message>
    <message>
        <source>Render the window to a PNG file and exit.</source>
        <translation>Das Fenster in eine PNG-Datei zeichnen und beenden.</translation>
    </message>
    <message>
        <source>Page to show: zones, tlsa, rollover, check, lab.</source>
        <translation>Anzuzeigende Seite: zones, tlsa, rollover, check, lab.</translation>
    </message>
    <message>
        <source>Window size for screenshots, WxH.</source>
        <translation>Fenstergröße für Bildschirmfotos, BxH.</translation>
    </message>
    <message>
        <source>Certificates, keys, zones or plans to open.</source>
        <translation>Zu öffnende Zertifikate, Schlüssel, Zonen oder Pläne.</translation>
    </message>
</context>
</TS>
