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
        <translation><numerusform>%n Fehler</numerusform><numerusform>%n Fehler</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation><numerusform>%n Warnung</numerusform><numerusform>%n Warnungen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s)</source>
        <translation><numerusform>%n Hinweis</numerusform><numerusform>%n Hinweise</numerusform></translation>
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
        <translation><numerusform>Kette aus %n Zertifikat</numerusform><numerusform>Kette aus %n Zertifikaten</numerusform></translation>
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
