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
    <message>
        <source>%1 exists; use --force to replace it</source>
        <translation>%1 existiert bereits; mit --force wird die Datei ersetzt</translation>
    </message>
    <message>
        <source>Rollover check of %1 (%2)</source>
        <translation>Rollover-Prüfung von %1 (%2)</translation>
    </message>
    <message>
        <source>SAFE: no resolver can see a bogus answer or defer mail.</source>
        <translation>SICHER: Kein Resolver kann eine bogus-Antwort sehen oder Mail zurückstellen.</translation>
    </message>
    <message numerus="yes">
        <source>UNSAFE: %n window(s) found.</source>
        <translation>
            <numerusform>UNSICHER: %n Fenster gefunden.</numerusform>
            <numerusform>UNSICHER: %n Fenster gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>rrset</source>
        <translation>RRset</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>unbounded</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>witness: %1 %2 published %3, master until %4, cached until %5</source>
        <translation>Zeuge: %1 %2 veröffentlicht %3, auf dem Primary bis %4, im Cache bis %5</translation>
    </message>
    <message>
        <source>fix: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
    <message>
        <source>Print a rollover plan (JSON) with every event at its earliest safe time.</source>
        <translation>Einen Rollover-Plan (JSON) ausgeben, jedes Ereignis zum frühesten sicheren Zeitpunkt.</translation>
    </message>
    <message>
        <source>Method: %1.</source>
        <translation>Methode: %1.</translation>
    </message>
    <message>
        <source>Parameter preset: %1.</source>
        <translation>Parametervorgabe: %1.</translation>
    </message>
    <message>
        <source>Override a parameter (repeatable): %1.</source>
        <translation>Einen Parameter überschreiben (wiederholbar): %1.</translation>
    </message>
    <message>
        <source>Algorithm (N), or OLD:NEW for algorithm rollovers (default 8:13).</source>
        <translation>Algorithmus (N) oder ALT:NEU für Algorithmus-Rollover (Vorgabe 8:13).</translation>
    </message>
    <message>
        <source>Absolute UTC time of t = 0 (ISO 8601).</source>
        <translation>Absolute UTC-Zeit von t = 0 (ISO 8601).</translation>
    </message>
    <message>
        <source>Zone name (default example.).</source>
        <translation>Zonenname (Vorgabe example.).</translation>
    </message>
    <message>
        <source>Write the plan to FILE instead of stdout.</source>
        <translation>Den Plan in DATEI statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>Replace an existing output file.</source>
        <translation>Eine vorhandene Ausgabedatei ersetzen.</translation>
    </message>
    <message>
        <source>rollover plan takes no arguments</source>
        <translation>rollover plan nimmt keine Argumente</translation>
    </message>
    <message>
        <source>--method is required (%1)</source>
        <translation>--method ist erforderlich (%1)</translation>
    </message>
    <message>
        <source>unknown method %1 (known: %2)</source>
        <translation>unbekannte Methode %1 (bekannt: %2)</translation>
    </message>
    <message>
        <source>--param takes NAME=DURATION, not "%1"</source>
        <translation>--param erwartet NAME=DAUER, nicht "%1"</translation>
    </message>
    <message>
        <source>--algorithm takes N or OLD:NEW with numbers from 1 to 255</source>
        <translation>--algorithm erwartet N oder ALT:NEU mit Zahlen von 1 bis 255</translation>
    </message>
    <message>
        <source>an algorithm rollover needs two different algorithms</source>
        <translation>ein Algorithmus-Rollover braucht zwei verschiedene Algorithmen</translation>
    </message>
    <message>
        <source>%1 takes --algorithm OLD:NEW</source>
        <translation>%1 erwartet --algorithm ALT:NEU</translation>
    </message>
    <message>
        <source>%1 keeps one algorithm: --algorithm N</source>
        <translation>%1 behält einen Algorithmus: --algorithm N</translation>
    </message>
    <message>
        <source>--origin: not an ISO 8601 UTC time: %1</source>
        <translation>--origin: keine UTC-Zeit nach ISO 8601: %1</translation>
    </message>
    <message>
        <source>--zone: empty name</source>
        <translation>--zone: leerer Name</translation>
    </message>
    <message>
        <source>Prove a plan against the worst-case resolver cache model: exit 1 when any bogus or deferred window exists.</source>
        <translation>Einen Plan gegen das Worst-Case-Modell der Resolver-Caches beweisen: Exit-Code 1, sobald ein bogus- oder Zurückstellungs-Fenster existiert.</translation>
    </message>
    <message>
        <source>Validator profile (repeatable): liberal, strict-ds, strict-all.</source>
        <translation>Validator-Profil (wiederholbar): liberal, strict-ds, strict-all.</translation>
    </message>
    <message>
        <source>The plan file.</source>
        <translation>Die Plandatei.</translation>
    </message>
    <message>
        <source>rollover check takes one plan file</source>
        <translation>rollover check erwartet genau eine Plandatei</translation>
    </message>
    <message>
        <source>unknown profile %1 (liberal, strict-ds, strict-all)</source>
        <translation>unbekanntes Profil %1 (liberal, strict-ds, strict-all)</translation>
    </message>
    <message>
        <source>Export a plan as an ICS calendar, an operator runbook, or a BIND or Knot policy.</source>
        <translation>Einen Plan als ICS-Kalender, Betriebshandbuch oder BIND- bzw. Knot-Policy exportieren.</translation>
    </message>
    <message>
        <source>ics, runbook, bind or knot.</source>
        <translation>ics, runbook, bind oder knot.</translation>
    </message>
    <message>
        <source>Write to FILE instead of stdout.</source>
        <translation>In DATEI statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>Absolute UTC time of t = 0 when the plan has none.</source>
        <translation>Absolute UTC-Zeit von t = 0, wenn der Plan keine hat.</translation>
    </message>
    <message>
        <source>rollover export takes one plan file</source>
        <translation>rollover export erwartet genau eine Plandatei</translation>
    </message>
    <message>
        <source>--format must be ics, runbook, bind or knot</source>
        <translation>--format muss ics, runbook, bind oder knot sein</translation>
    </message>
</context>
<context>
    <name>danewerk::cli::CheckCommand</name>
    <message>
        <source>Check DANE for SMTP of mail domains, live, from the trust anchor.</source>
        <translation>DANE für SMTP von Mail-Domains live prüfen, ab dem Vertrauensanker.</translation>
    </message>
    <message>
        <source>MX %1</source>
        <translation>MX %1</translation>
    </message>
    <message>
        <source>addresses %1</source>
        <translation>Adressen %1</translation>
    </message>
    <message>
        <source>(%1 usable of %2)</source>
        <translation>(%1 von %2 verwendbar)</translation>
    </message>
    <message>
        <source>usable</source>
        <translation>verwendbar</translation>
    </message>
    <message>
        <source>unusable</source>
        <translation>unbrauchbar</translation>
    </message>
    <message>
        <source>depth %1</source>
        <translation>Tiefe %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>matched by [%1] %2 %3 %4</source>
        <translation>passt zu [%1] %2 %3 %4</translation>
    </message>
    <message>
        <source>fix: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
    <message>
        <source>  %1 ms</source>
        <translation>  %1 ms</translation>
    </message>
    <message>
        <source>Mail domains to check.</source>
        <translation>Zu prüfende Mail-Domains.</translation>
    </message>
    <message>
        <source>Read domains from FILE, one per line.</source>
        <translation>Domains aus DATEI lesen, eine pro Zeile.</translation>
    </message>
    <message>
        <source>Recursive resolver ADDR[#PORT] (repeatable; default /etc/resolv.conf).</source>
        <translation>Rekursiver Resolver ADR[#PORT] (wiederholbar; Vorgabe /etc/resolv.conf).</translation>
    </message>
    <message>
        <source>DS or DNSKEY records in zone format (default: the IANA root KSKs).</source>
        <translation>DS- oder DNSKEY-Records im Zonenformat (Vorgabe: die Root-KSKs der IANA).</translation>
    </message>
    <message>
        <source>Connect to port N (the TLSA owner stays _25._tcp).</source>
        <translation>Mit Port N verbinden (der TLSA-Eigentümer bleibt _25._tcp).</translation>
    </message>
    <message>
        <source>IPv4 only.</source>
        <translation>Nur IPv4.</translation>
    </message>
    <message>
        <source>IPv6 only.</source>
        <translation>Nur IPv6.</translation>
    </message>
    <message>
        <source>Seconds per DNS query and per SMTP dialogue (default 10).</source>
        <translation>Sekunden pro DNS-Anfrage und pro SMTP-Dialog (Vorgabe 10).</translation>
    </message>
    <message>
        <source>Domains checked at once (default 8).</source>
        <translation>Gleichzeitig geprüfte Domains (Vorgabe 8).</translation>
    </message>
    <message>
        <source>Warn about signatures and certificates expiring within this time.</source>
        <translation>Vor Signaturen und Zertifikaten warnen, die innerhalb dieser Zeit ablaufen.</translation>
    </message>
    <message>
        <source>error (default) or warning.</source>
        <translation>error (Vorgabe) oder warning.</translation>
    </message>
    <message>
        <source>DNS only; no SMTP connections.</source>
        <translation>Nur DNS; keine SMTP-Verbindungen.</translation>
    </message>
    <message>
        <source>Write the raw observations to DIR.</source>
        <translation>Die Rohbeobachtungen nach VERZ schreiben.</translation>
    </message>
    <message>
        <source>Re-assess saved observations from DIR, offline.</source>
        <translation>Gespeicherte Beobachtungen aus VERZ offline neu bewerten.</translation>
    </message>
    <message>
        <source>Overwrite files written by --save.</source>
        <translation>Von --save geschriebene Dateien überschreiben.</translation>
    </message>
    <message>
        <source>no domain given; try 'check --help'</source>
        <translation>keine Domain angegeben; siehe 'check --help'</translation>
    </message>
    <message>
        <source>'%1' is not a domain name</source>
        <translation>'%1' ist kein Domainname</translation>
    </message>
    <message>
        <source>--smtp-port: '%1' is not a port</source>
        <translation>--smtp-port: '%1' ist kein Port</translation>
    </message>
    <message>
        <source>--timeout: '%1' is not a duration</source>
        <translation>--timeout: '%1' ist keine Dauer</translation>
    </message>
    <message>
        <source>--jobs: give a number from 1 to 256</source>
        <translation>--jobs: eine Zahl von 1 bis 256 angeben</translation>
    </message>
    <message>
        <source>--expiry-warning: '%1' is not a duration</source>
        <translation>--expiry-warning: '%1' ist keine Dauer</translation>
    </message>
    <message>
        <source>--fail-on: error or warning</source>
        <translation>--fail-on: error oder warning</translation>
    </message>
    <message>
        <source>-4 and -6 exclude each other</source>
        <translation>-4 und -6 schließen einander aus</translation>
    </message>
    <message>
        <source>no resolver configured (/etc/resolv.conf has none; use --resolver)</source>
        <translation>kein Resolver konfiguriert (/etc/resolv.conf nennt keinen; --resolver verwenden)</translation>
    </message>
    <message>
        <source>--save: cannot create %1</source>
        <translation>--save: %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>no resolver answered</source>
        <translation>kein Resolver hat geantwortet</translation>
    </message>
    <message>
        <source>the resolver strips DNSSEC records (no RRSIGs): use a DNSSEC-aware resolver (RFC 7672 2.1.1)</source>
        <translation>der Resolver entfernt DNSSEC-Records (keine RRSIGs): einen DNSSEC-fähigen Resolver verwenden (RFC 7672 2.1.1)</translation>
    </message>
    <message>
        <source>outbound port 25 appears blocked from this machine</source>
        <translation>ausgehender Port 25 scheint von diesem Rechner aus gesperrt zu sein</translation>
    </message>
    <message>
        <source>%1 certificate:</source>
        <translation>%1-Zertifikat:</translation>
    </message>
    <message>
        <source>Write DIR/&lt;domain&gt;.svg and DIR/&lt;domain&gt;.png chain diagrams.</source>
        <translation>Kettendiagramme DIR/&lt;domain&gt;.svg und DIR/&lt;domain&gt;.png schreiben.</translation>
    </message>
    <message>
        <source>EHLO name (default: this machine's fully qualified name).</source>
        <translation>EHLO-Name (Standard: der vollständige Name dieses Rechners).</translation>
    </message>
    <message>
        <source>--save: %1 exists (use --force to overwrite)</source>
        <translation>--save: %1 existiert bereits (mit --force überschreiben)</translation>
    </message>
</context>
<context>
    <name>danewerk::cli::LabCommand</name>
    <message>
        <source>The lab is already running in %1.</source>
        <translation>Das Labor läuft bereits in %1.</translation>
    </message>
    <message>
        <source>The lab is up in %1 (%2 s).</source>
        <translation>Das Labor läuft in %1 (%2 s).</translation>
    </message>
    <message>
        <source>The lab is running in %1.</source>
        <translation>Das Labor läuft in %1.</translation>
    </message>
    <message>
        <source>The lab is not running (%1).</source>
        <translation>Das Labor läuft nicht (%1).</translation>
    </message>
    <message>
        <source>authoritative server</source>
        <translation>autoritativer Server</translation>
    </message>
    <message>
        <source>%1 (NSD: root, test. and the scenario zones)</source>
        <translation>%1 (NSD: Root, test. und die Szenariozonen)</translation>
    </message>
    <message>
        <source>validating resolver</source>
        <translation>validierender Resolver</translation>
    </message>
    <message>
        <source>%1 (unbound, trusts only the lab root)</source>
        <translation>%1 (unbound, vertraut nur der Labor-Root)</translation>
    </message>
    <message>
        <source>mail servers</source>
        <translation>Mailserver</translation>
    </message>
    <message>
        <source>Postfix, one address per MX host, port %1</source>
        <translation>Postfix, eine Adresse je MX-Host, Port %1</translation>
    </message>
    <message>
        <source>Danewerk's own STARTTLS test server in place of Postfix (unprivileged mode), port %1</source>
        <translation>Danewerks eigener STARTTLS-Testserver anstelle von Postfix (unprivilegierter Modus), Port %1</translation>
    </message>
    <message>
        <source>zones signed by</source>
        <translation>Zonen signiert von</translation>
    </message>
    <message>
        <source>trust anchor</source>
        <translation>Vertrauensanker</translation>
    </message>
    <message>
        <source>for delv -a</source>
        <translation>für delv -a</translation>
    </message>
    <message>
        <source>PID %1%2</source>
        <translation>PID %1%2</translation>
    </message>
    <message>
        <source> (not running)</source>
        <translation> (läuft nicht)</translation>
    </message>
    <message>
        <source>Options for check:</source>
        <translation>Optionen für check:</translation>
    </message>
    <message>
        <source>For example:</source>
        <translation>Zum Beispiel:</translation>
    </message>
    <message>
        <source>In the GUI (Live check page): resolver %1, trust anchor file %2%3.</source>
        <translation>In der GUI (Seite Live-Prüfung): Resolver %1, Vertrauensanker-Datei %2%3.</translation>
    </message>
    <message>
        <source>, SMTP port %1</source>
        <translation>, SMTP-Port %1</translation>
    </message>
    <message>
        <source>Run the workshop lab: a DNSSEC and DANE world on loopback addresses</source>
        <translation>Das Workshop-Labor betreiben: eine DNSSEC- und DANE-Welt auf Loopback-Adressen</translation>
    </message>
    <message>
        <source>build and start the lab (idempotent)</source>
        <translation>das Labor aufbauen und starten (idempotent)</translation>
    </message>
    <message>
        <source>stop the servers the lab started</source>
        <translation>die vom Labor gestarteten Server beenden</translation>
    </message>
    <message>
        <source>show whether the lab runs, and how to use it</source>
        <translation>zeigen, ob das Labor läuft und wie man es nutzt</translation>
    </message>
    <message>
        <source>list the scenarios and their expected verdicts</source>
        <translation>die Szenarien und ihre erwarteten Ergebnisse auflisten</translation>
    </message>
    <message>
        <source>restore one scenario's zones</source>
        <translation>die Zonen eines Szenarios wiederherstellen</translation>
    </message>
    <message>
        <source>make the servers re-read edited zone files</source>
        <translation>die Server bearbeitete Zonendateien neu lesen lassen</translation>
    </message>
    <message>
        <source>unknown lab subcommand '%1'; try 'lab --help'</source>
        <translation>unbekannter lab-Unterbefehl „%1“; siehe „lab --help“</translation>
    </message>
    <message>
        <source>Lab directory (default: %1).</source>
        <translation>Laborverzeichnis (Vorgabe: %1).</translation>
    </message>
    <message>
        <source>First address of the lab (default 127.30.0.0).</source>
        <translation>Erste Adresse des Labors (Vorgabe 127.30.0.0).</translation>
    </message>
    <message>
        <source>High ports (DNS %1, SMTP %2) and Danewerk's own STARTTLS server instead of Postfix; no root needed.</source>
        <translation>Hohe Ports (DNS %1, SMTP %2) und Danewerks eigener STARTTLS-Server statt Postfix; keine Root-Rechte nötig.</translation>
    </message>
    <message>
        <source>lab up takes no arguments</source>
        <translation>lab up nimmt keine Argumente</translation>
    </message>
    <message>
        <source>Scenario id (see lab scenarios).</source>
        <translation>Szenario-ID (siehe lab scenarios).</translation>
    </message>
    <message>
        <source>lab reset takes one scenario id</source>
        <translation>lab reset nimmt genau eine Szenario-ID</translation>
    </message>
    <message>
        <source>lab %1 takes no arguments</source>
        <translation>lab %1 nimmt keine Argumente</translation>
    </message>
    <message>
        <source>No lab was running in %1.</source>
        <translation>In %1 lief kein Labor.</translation>
    </message>
    <message>
        <source>The lab in %1 is down.</source>
        <translation>Das Labor in %1 ist beendet.</translation>
    </message>
    <message>
        <source>Lab directory.</source>
        <translation>Laborverzeichnis.</translation>
    </message>
    <message>
        <source>--dir is required</source>
        <translation>--dir ist erforderlich</translation>
    </message>
</context>
<context>
    <name>danewerk::cli::RolloverCommand</name>
    <message>
        <source>Plan, simulate and prove DNSSEC and TLSA key rollovers against resolver caches.</source>
        <translation>DNSSEC- und TLSA-Schlüsselwechsel planen, simulieren und gegen Resolver-Caches beweisen.</translation>
    </message>
    <message>
        <source>print a plan with every event at its earliest safe time</source>
        <translation>einen Plan mit jedem Ereignis zum frühesten sicheren Zeitpunkt ausgeben</translation>
    </message>
    <message>
        <source>find every bogus or deferred window, with witness and fix</source>
        <translation>jedes bogus- oder Zurückstellungs-Fenster finden, mit Zeugen und Abhilfe</translation>
    </message>
    <message>
        <source>ICS calendar, runbook, BIND or Knot policy</source>
        <translation>ICS-Kalender, Betriebshandbuch, BIND- oder Knot-Policy</translation>
    </message>
    <message>
        <source>unknown subcommand %1; try 'rollover --help'</source>
        <translation>unbekannter Unterbefehl %1; siehe 'rollover --help'</translation>
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
    <message>
        <source>fetch the published TLSA records and validate them from the trust anchor</source>
        <translation>die veröffentlichten TLSA-Records abrufen und ab dem Vertrauensanker validieren</translation>
    </message>
    <message>
        <source>with --live: resolver ADDR[#PORT] (repeatable; default /etc/resolv.conf)</source>
        <translation>mit --live: Resolver ADR[#PORT] (wiederholbar; Vorgabe /etc/resolv.conf)</translation>
    </message>
    <message>
        <source>with --live: DS or DNSKEY records (default: the IANA root KSKs)</source>
        <translation>mit --live: DS- oder DNSKEY-Records (Vorgabe: die Root-KSKs der IANA)</translation>
    </message>
    <message>
        <source>with --live: seconds per DNS query (default 10)</source>
        <translation>mit --live: Sekunden pro DNS-Anfrage (Vorgabe 10)</translation>
    </message>
    <message>
        <source>--live excludes --record and --records</source>
        <translation>--live schließt --record und --records aus</translation>
    </message>
    <message>
        <source>tlsa verify needs --record, --records or --live</source>
        <translation>tlsa verify braucht --record, --records oder --live</translation>
    </message>
    <message>
        <source>--timeout: '%1' is not a duration</source>
        <translation>--timeout: '%1' ist keine Dauer</translation>
    </message>
    <message>
        <source>the resolver strips DNSSEC records (no RRSIGs)</source>
        <translation>der Resolver entfernt DNSSEC-Records (keine RRSIGs)</translation>
    </message>
    <message>
        <source>no resolver answered</source>
        <translation>kein Resolver hat geantwortet</translation>
    </message>
    <message>
        <source>The TLSA records at %1 are %2 (%3): DANE senders do not use them.</source>
        <translation>Die TLSA-Records bei %1 sind %2 (%3): DANE-Absender verwenden sie nicht.</translation>
    </message>
    <message>
        <source>Sign the zone and make the chain of trust complete (DS at the parent).</source>
        <translation>Die Zone signieren und die Vertrauenskette vervollständigen (DS bei der Elternzone).</translation>
    </message>
    <message>
        <source>No TLSA records are published at %1.</source>
        <translation>Bei %1 sind keine TLSA-Records veröffentlicht.</translation>
    </message>
    <message>
        <source>Publish the records first (danewerk-cli tlsa create).</source>
        <translation>Zuerst die Records veröffentlichen (danewerk-cli tlsa create).</translation>
    </message>
</context>
<context>
    <name>danewerk::cli::ZoneCommand</name>
    <message>
        <source>check, sign and describe zone files (DNSSEC)</source>
        <translation>Zonendateien prüfen, signieren und beschreiben (DNSSEC)</translation>
    </message>
    <message>
        <source>parse and validate a zone (structure and DNSSEC)</source>
        <translation>eine Zone einlesen und prüfen (Struktur und DNSSEC)</translation>
    </message>
    <message>
        <source>DS records for the zone's SEP keys</source>
        <translation>DS-Records für die SEP-Schlüssel der Zone</translation>
    </message>
    <message>
        <source>sign a zone (NSEC or NSEC3), generating keys if none are given</source>
        <translation>eine Zone signieren (NSEC oder NSEC3), Schlüssel erzeugen, wenn keine angegeben sind</translation>
    </message>
    <message>
        <source>counts per type, names, delegations, TTL and signature histograms</source>
        <translation>Anzahl je Typ, Namen, Delegationen, TTL- und Signatur-Histogramme</translation>
    </message>
    <message>
        <source>unknown subcommand '%1' of zone (check, ds, sign, stats)</source>
        <translation>unbekannter Unterbefehl '%1' von zone (check, ds, sign, stats)</translation>
    </message>
    <message>
        <source>fix:</source>
        <translation>Abhilfe:</translation>
    </message>
    <message>
        <source>Parse and validate a zone file; exit 1 if an error finding exists.</source>
        <translation>Eine Zonendatei einlesen und prüfen; Exit-Code 1, wenn ein Befund der Stufe „Fehler“ vorliegt.</translation>
    </message>
    <message>
        <source>zone file</source>
        <translation>Zonendatei</translation>
    </message>
    <message>
        <source>zone origin (default: from the file)</source>
        <translation>Ursprung der Zone (Vorgabe: aus der Datei)</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>warn about signatures expiring within this time (default 7d)</source>
        <translation>vor Signaturen warnen, die innerhalb dieser Zeit ablaufen (Vorgabe 7d)</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DAUER</translation>
    </message>
    <message>
        <source>check the TLSA records of HOST against a certificate</source>
        <translation>die TLSA-Records von HOST gegen ein Zertifikat prüfen</translation>
    </message>
    <message>
        <source>HOST=FILE</source>
        <translation>HOST=DATEI</translation>
    </message>
    <message>
        <source>the parent's DS records, checked against the keys</source>
        <translation>die DS-Records der Elternzone, gegen die Schlüssel geprüft</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>zone check needs exactly one zone file</source>
        <translation>zone check braucht genau eine Zonendatei</translation>
    </message>
    <message>
        <source>invalid duration for --expiry-warning: %1</source>
        <translation>ungültige Dauer für --expiry-warning: %1</translation>
    </message>
    <message>
        <source>--cert expects HOST=FILE, got '%1'</source>
        <translation>--cert erwartet HOST=DATEI, erhalten: '%1'</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signiert</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>denial</source>
        <translation>Nichtexistenz</translation>
    </message>
    <message>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>signatures</source>
        <translation>Signaturen</translation>
    </message>
    <message>
        <source>%1 total, %2 valid, %3 invalid, %4 expired, %5 not yet valid, %6 without key</source>
        <translation>%1 gesamt, %2 gültig, %3 ungültig, %4 abgelaufen, %5 noch nicht gültig, %6 ohne Schlüssel</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings</source>
        <translation>%1 Fehler, %2 Warnungen</translation>
    </message>
    <message>
        <source>no errors, %1 warnings</source>
        <translation>keine Fehler, %1 Warnungen</translation>
    </message>
    <message>
        <source>DS records for the zone's SEP keys (flags 257).</source>
        <translation>DS-Records für die SEP-Schlüssel der Zone (Flags 257).</translation>
    </message>
    <message>
        <source>digest type: 2 (SHA-256, default) or 4 (SHA-384)</source>
        <translation>Digest-Typ: 2 (SHA-256, Vorgabe) oder 4 (SHA-384)</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>zone ds needs exactly one zone file</source>
        <translation>zone ds braucht genau eine Zonendatei</translation>
    </message>
    <message>
        <source>--digest must be 2 (SHA-256) or 4 (SHA-384)</source>
        <translation>--digest muss 2 (SHA-256) oder 4 (SHA-384) sein</translation>
    </message>
    <message>
        <source>%1: no DNSKEY with the SEP flag (257) at the apex of %2.</source>
        <translation>%1: kein DNSKEY mit SEP-Flag (257) am Apex von %2.</translation>
    </message>
    <message>
        <source>Sign a zone. Without --key, generate a CSK (or a KSK and a ZSK with --split) next to the output.</source>
        <translation>Eine Zone signieren. Ohne --key wird neben der Ausgabe ein CSK erzeugt (oder mit --split ein KSK und ein ZSK).</translation>
    </message>
    <message>
        <source>unsigned zone file</source>
        <translation>unsignierte Zonendatei</translation>
    </message>
    <message>
        <source>signed zone file to write</source>
        <translation>zu schreibende signierte Zonendatei</translation>
    </message>
    <message>
        <source>a BIND key file (K*.key or K*.private); repeatable</source>
        <translation>eine BIND-Schlüsseldatei (K*.key oder K*.private); mehrfach möglich</translation>
    </message>
    <message>
        <source>algorithm of generated keys: 8, 13 (default), 14 or 15</source>
        <translation>Algorithmus erzeugter Schlüssel: 8, 13 (Vorgabe), 14 oder 15</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>RSA key size of generated keys (default 2048)</source>
        <translation>RSA-Schlüssellänge erzeugter Schlüssel (Vorgabe 2048)</translation>
    </message>
    <message>
        <source>generate a KSK and a ZSK instead of a CSK</source>
        <translation>einen KSK und einen ZSK statt eines CSK erzeugen</translation>
    </message>
    <message>
        <source>NSEC3 (0 iterations, no salt) instead of NSEC</source>
        <translation>NSEC3 (0 Iterationen, kein Salt) statt NSEC</translation>
    </message>
    <message>
        <source>NSEC3 extra iterations (default 0, RFC 9276)</source>
        <translation>zusätzliche NSEC3-Iterationen (Vorgabe 0, RFC 9276)</translation>
    </message>
    <message>
        <source>NSEC3 salt in hex (default none, RFC 9276)</source>
        <translation>NSEC3-Salt in Hex (Vorgabe: keins, RFC 9276)</translation>
    </message>
    <message>
        <source>HEX</source>
        <translation>HEX</translation>
    </message>
    <message>
        <source>NSEC3 opt-out for insecure delegations</source>
        <translation>NSEC3-Opt-out für unsichere Delegationen</translation>
    </message>
    <message>
        <source>signature inception (default: now - 1h)</source>
        <translation>Beginn der Signaturgültigkeit (Vorgabe: jetzt - 1h)</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>signature expiration</source>
        <translation>Ablauf der Signaturen</translation>
    </message>
    <message>
        <source>signature validity from now (default 14d)</source>
        <translation>Gültigkeit der Signaturen ab jetzt (Vorgabe 14d)</translation>
    </message>
    <message>
        <source>replace existing output and key files</source>
        <translation>vorhandene Ausgabe- und Schlüsseldateien ersetzen</translation>
    </message>
    <message>
        <source>zone sign needs exactly one zone file</source>
        <translation>zone sign braucht genau eine Zonendatei</translation>
    </message>
    <message>
        <source>zone sign needs --out FILE</source>
        <translation>zone sign braucht --out DATEI</translation>
    </message>
    <message>
        <source>give either --expiration or --validity, not both</source>
        <translation>entweder --expiration oder --validity angeben, nicht beides</translation>
    </message>
    <message>
        <source>--split and --algorithm apply to generated keys; they do not mix with --key</source>
        <translation>--split und --algorithm gelten für erzeugte Schlüssel; sie passen nicht zu --key</translation>
    </message>
    <message>
        <source>invalid time for --inception: %1</source>
        <translation>ungültige Zeit für --inception: %1</translation>
    </message>
    <message>
        <source>invalid time for --expiration: %1</source>
        <translation>ungültige Zeit für --expiration: %1</translation>
    </message>
    <message>
        <source>invalid duration for --validity: %1</source>
        <translation>ungültige Dauer für --validity: %1</translation>
    </message>
    <message>
        <source>the expiration must follow the inception</source>
        <translation>der Ablauf muss nach dem Beginn liegen</translation>
    </message>
    <message>
        <source>invalid --nsec3-iterations: %1</source>
        <translation>ungültiges --nsec3-iterations: %1</translation>
    </message>
    <message>
        <source>invalid --nsec3-salt (hex, at most 255 octets): %1</source>
        <translation>ungültiges --nsec3-salt (Hex, höchstens 255 Oktette): %1</translation>
    </message>
    <message>
        <source>--algorithm must be 8, 13, 14 or 15</source>
        <translation>--algorithm muss 8, 13, 14 oder 15 sein</translation>
    </message>
    <message>
        <source>--bits must lie between 1024 and 4096</source>
        <translation>--bits muss zwischen 1024 und 4096 liegen</translation>
    </message>
    <message>
        <source>%1 exists already; use --force to replace it.</source>
        <translation>%1 existiert bereits; mit --force ersetzen.</translation>
    </message>
    <message>
        <source>%1 has no .private file beside it; signing needs the private key.</source>
        <translation>Neben %1 liegt keine .private-Datei; zum Signieren ist der private Schlüssel nötig.</translation>
    </message>
    <message>
        <source>%1 is a key of %2, not of %3.</source>
        <translation>%1 ist ein Schlüssel von %2, nicht von %3.</translation>
    </message>
    <message>
        <source>signed %1: %2 records, %3 signatures, %4, valid %5 to %6</source>
        <translation>%1 signiert: %2 Records, %3 Signaturen, %4, gültig von %5 bis %6</translation>
    </message>
    <message>
        <source>written to %1</source>
        <translation>geschrieben nach %1</translation>
    </message>
    <message>
        <source>Counts per type, names, delegations, TTL and signature-validity histograms.</source>
        <translation>Anzahl je Typ, Namen, Delegationen, TTL- und Signaturgültigkeits-Histogramme.</translation>
    </message>
    <message>
        <source>zone stats needs exactly one zone file</source>
        <translation>zone stats braucht genau eine Zonendatei</translation>
    </message>
    <message>
        <source>RRsets</source>
        <translation>RRsets</translation>
    </message>
    <message>
        <source>names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>empty non-terminals</source>
        <translation>leere Nicht-Endknoten</translation>
    </message>
    <message>
        <source>delegations</source>
        <translation>Delegationen</translation>
    </message>
    <message>
        <source>%1 (%2 secure)</source>
        <translation>%1 (%2 sicher)</translation>
    </message>
    <message>
        <source>records per type</source>
        <translation>Records je Typ</translation>
    </message>
    <message>
        <source>longer</source>
        <translation>länger</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>signatures expiring</source>
        <translation>ablaufende Signaturen</translation>
    </message>
    <message>
        <source>signatures not yet valid</source>
        <translation>noch nicht gültige Signaturen</translation>
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
        <source>cannot read: %1</source>
        <translation>kann nicht lesen: %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 bytes</source>
        <translation>die Datei ist größer als %1 Bytes</translation>
    </message>
</context>
<context>
    <name>danewerk::core::BindKeyFile</name>
    <message>
        <source>Only key pairs can be written as BIND key files.</source>
        <translation>Nur Schlüsselpaare können als BIND-Schlüsseldateien geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 exists already; use --force to replace it.</source>
        <translation>%1 existiert bereits; mit --force ersetzen.</translation>
    </message>
    <message>
        <source>No DNSKEY record found.</source>
        <translation>Kein DNSKEY-Record gefunden.</translation>
    </message>
    <message>
        <source>The DNSKEY flags, protocol or algorithm are not numbers.</source>
        <translation>Flags, Protokoll oder Algorithmus des DNSKEY sind keine Zahlen.</translation>
    </message>
    <message>
        <source>The public key is not valid base64.</source>
        <translation>Der öffentliche Schlüssel ist kein gültiges Base64.</translation>
    </message>
    <message>
        <source>Expected "Name: value".</source>
        <translation>Erwartet wird „Name: Wert“.</translation>
    </message>
    <message>
        <source>Unsupported private key format %1.</source>
        <translation>Nicht unterstütztes Format des privaten Schlüssels: %1.</translation>
    </message>
    <message>
        <source>The field %1 is not valid base64.</source>
        <translation>Das Feld %1 ist kein gültiges Base64.</translation>
    </message>
    <message>
        <source>The private key's algorithm differs from the public key's.</source>
        <translation>Der Algorithmus des privaten Schlüssels weicht von dem des öffentlichen ab.</translation>
    </message>
    <message>
        <source>The private key does not belong to the public key in %1.</source>
        <translation>Der private Schlüssel gehört nicht zum öffentlichen Schlüssel in %1.</translation>
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
    <name>danewerk::core::ChainLayout</name>
    <message>
        <source>zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>DNSKEY</source>
        <translation>DNSKEY</translation>
    </message>
    <message>
        <source>DS</source>
        <translation>DS</translation>
    </message>
    <message>
        <source>RRset</source>
        <translation>RRset</translation>
    </message>
    <message>
        <source>denial proof</source>
        <translation>Nichtexistenz-Beweis</translation>
    </message>
    <message>
        <source>MX host</source>
        <translation>MX-Host</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>certificate depth %1</source>
        <translation>Zertifikat Tiefe %1</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>TLSA</source>
        <translation>TLSA</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>danewerk::core::ChainValidator</name>
    <message>
        <source>The signature over %1/%2 expires at %3.</source>
        <translation>Die Signatur über %1/%2 läuft am %3 ab.</translation>
    </message>
    <message>
        <source>Re-sign the zone (check that automatic signing is running).</source>
        <translation>Die Zone neu signieren (prüfen, ob das automatische Signieren läuft).</translation>
    </message>
    <message>
        <source>The signature over %1/%2 has expired: validating resolvers treat the data as bogus.</source>
        <translation>Die Signatur über %1/%2 ist abgelaufen: validierende Resolver behandeln die Daten als bogus.</translation>
    </message>
    <message>
        <source>Re-sign the zone and make sure signing runs regularly.</source>
        <translation>Die Zone neu signieren und sicherstellen, dass regelmäßig signiert wird.</translation>
    </message>
    <message>
        <source>The signature over %1/%2 is not valid yet.</source>
        <translation>Die Signatur über %1/%2 ist noch nicht gültig.</translation>
    </message>
    <message>
        <source>Check the signer's clock and re-sign the zone.</source>
        <translation>Die Uhr des Signierers prüfen und die Zone neu signieren.</translation>
    </message>
    <message>
        <source>No valid signature from zone %1 over %2/%3.</source>
        <translation>Keine gültige Signatur der Zone %1 über %2/%3.</translation>
    </message>
    <message>
        <source>Re-sign the zone with its published keys.</source>
        <translation>Die Zone mit ihren veröffentlichten Schlüsseln neu signieren.</translation>
    </message>
    <message>
        <source>No DNSKEY of %1 matches its DS records: the zone is bogus for validating resolvers.</source>
        <translation>Kein DNSKEY von %1 passt zu ihren DS-Records: für validierende Resolver ist die Zone bogus.</translation>
    </message>
    <message>
        <source>Publish the key the DS refers to, or replace the DS at the parent with one for a published key.</source>
        <translation>Den Schlüssel veröffentlichen, auf den der DS verweist, oder den DS bei der Elternzone durch einen für einen veröffentlichten Schlüssel ersetzen.</translation>
    </message>
    <message>
        <source>Zone %1 uses more than 150 NSEC3 iterations: validators treat its denials as insecure.</source>
        <translation>Die Zone %1 verwendet mehr als 150 NSEC3-Iterationen: Validatoren behandeln ihre Negativantworten als unsicher.</translation>
    </message>
    <message>
        <source>Re-sign with NSEC3 iterations 0 and no salt.</source>
        <translation>Mit 0 NSEC3-Iterationen und ohne Salt neu signieren.</translation>
    </message>
    <message>
        <source>%1/%2 was synthesized from a wildcard without proof that the name itself does not exist.</source>
        <translation>%1/%2 wurde aus einem Wildcard erzeugt, ohne Beweis, dass der Name selbst nicht existiert.</translation>
    </message>
    <message>
        <source>Check the zone's NSEC/NSEC3 chain and the resolver.</source>
        <translation>Die NSEC/NSEC3-Kette der Zone und den Resolver prüfen.</translation>
    </message>
</context>
<context>
    <name>danewerk::core::CheckObservations</name>
    <message>
        <source>Not a saved danewerk check (format danewerk-check-observations-1).</source>
        <translation>Keine gespeicherte danewerk-Prüfung (Format danewerk-check-observations-1).</translation>
    </message>
</context>
<context>
    <name>danewerk::core::CheckProgressTracker</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: looking up addresses</source>
        <translation>%1: Adressen werden abgefragt</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n address(es)</source>
        <translation>
            <numerusform>%1: %2 von %n Adresse</numerusform>
            <numerusform>%1: %2 von %n Adressen</numerusform>
        </translation>
    </message>
    <message>
        <source>, looking up TLSA</source>
        <translation>, TLSA wird abgefragt</translation>
    </message>
</context>
<context>
    <name>danewerk::core::CheckRunDiff</name>
    <message>
        <source>%1: added %2</source>
        <translation>%1: hinzugekommen %2</translation>
    </message>
    <message>
        <source>%1: removed %2</source>
        <translation>%1: entfernt %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>%1: TLSA swapped: %2 → %3</source>
        <translation>%1: TLSA ausgetauscht: %2 → %3</translation>
    </message>
    <message>
        <source>new finding %1</source>
        <translation>neuer Befund %1</translation>
    </message>
    <message>
        <source>finding gone: %1</source>
        <translation>Befund entfallen: %1</translation>
    </message>
</context>
<context>
    <name>danewerk::core::CheckRunner</name>
    <message>
        <source>resolver '%1': %2</source>
        <translation>Resolver '%1': %2</translation>
    </message>
    <message>
        <source>no resolver configured (/etc/resolv.conf has none)</source>
        <translation>kein Resolver eingestellt (/etc/resolv.conf nennt keinen)</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: abgebrochen</translation>
    </message>
</context>
<context>
    <name>danewerk::core::ContainedPath</name>
    <message>
        <source>%1: field %2: %3</source>
        <translation>%1: Feld %2: %3</translation>
    </message>
    <message>
        <source>the path is empty</source>
        <translation>der Pfad ist leer</translation>
    </message>
    <message>
        <source>"%1" is an absolute path</source>
        <translation>„%1“ ist ein absoluter Pfad</translation>
    </message>
    <message>
        <source>the path contains a NUL character</source>
        <translation>der Pfad enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>"%1" contains a ".." component</source>
        <translation>„%1“ enthält eine „..“-Komponente</translation>
    </message>
    <message>
        <source>"%1" must be a name, not a path</source>
        <translation>„%1“ muss ein Name sein, kein Pfad</translation>
    </message>
    <message>
        <source>"%1" must be 1 to 40 characters of a-z, 0-9 and -</source>
        <translation>„%1“ muss aus 1 bis 40 Zeichen aus a-z, 0-9 und - bestehen</translation>
    </message>
    <message>
        <source>"%1" leads out of %2 through a symbolic link</source>
        <translation>„%1“ führt über einen symbolischen Link aus %2 hinaus</translation>
    </message>
</context>
<context>
    <name>danewerk::core::DnsName</name>
    <message>
        <source>empty name</source>
        <translation>leerer Name</translation>
    </message>
    <message>
        <source>empty label</source>
        <translation>leeres Label</translation>
    </message>
    <message>
        <source>label longer than 63 octets</source>
        <translation>Label länger als 63 Oktette</translation>
    </message>
    <message>
        <source>name longer than 255 octets</source>
        <translation>Name länger als 255 Oktette</translation>
    </message>
    <message>
        <source>bad escape sequence</source>
        <translation>ungültige Escape-Sequenz</translation>
    </message>
    <message>
        <source>relative name without an origin</source>
        <translation>relativer Name ohne Ursprung</translation>
    </message>
    <message>
        <source>Invalid domain name '%1': %2</source>
        <translation>Ungültiger Domainname '%1': %2</translation>
    </message>
</context>
<context>
    <name>danewerk::core::DnsServerAddress</name>
    <message>
        <source>Invalid port in %1.</source>
        <translation>Ungültiger Port in %1.</translation>
    </message>
    <message>
        <source>%1 is not an IP address (ADDR or ADDR#PORT).</source>
        <translation>%1 ist keine IP-Adresse (ADR oder ADR#PORT).</translation>
    </message>
</context>
<context>
    <name>danewerk::core::DnssecCrypto</name>
    <message>
        <source>unknown OpenSSL error</source>
        <translation>unbekannter OpenSSL-Fehler</translation>
    </message>
    <message>
        <source>RSA keys must have 1024 to 4096 bits.</source>
        <translation>RSA-Schlüssel müssen 1024 bis 4096 Bit haben.</translation>
    </message>
    <message>
        <source>Key generation failed</source>
        <translation>Schlüsselerzeugung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cannot read the public key</source>
        <translation>Der öffentliche Schlüssel kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The RSA public key is malformed.</source>
        <translation>Der öffentliche RSA-Schlüssel ist fehlerhaft.</translation>
    </message>
    <message>
        <source>The ECDSA public key has the wrong length.</source>
        <translation>Der öffentliche ECDSA-Schlüssel hat die falsche Länge.</translation>
    </message>
    <message>
        <source>The EdDSA public key is malformed.</source>
        <translation>Der öffentliche EdDSA-Schlüssel ist fehlerhaft.</translation>
    </message>
    <message>
        <source>Cannot read the private key</source>
        <translation>Der private Schlüssel kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The private key file lacks the field %1.</source>
        <translation>Der Datei des privaten Schlüssels fehlt das Feld %1.</translation>
    </message>
    <message>
        <source>The EdDSA private key is malformed.</source>
        <translation>Der private EdDSA-Schlüssel ist fehlerhaft.</translation>
    </message>
    <message>
        <source>Signing failed</source>
        <translation>Signieren fehlgeschlagen</translation>
    </message>
    <message>
        <source>DNSSEC algorithm %1 (%2) is not supported here.</source>
        <translation>DNSSEC-Algorithmus %1 (%2) wird hier nicht unterstützt.</translation>
    </message>
    <message>
        <source>Cannot read key parameter %1</source>
        <translation>Schlüsselparameter %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot build the key</source>
        <translation>Der Schlüssel kann nicht gebildet werden</translation>
    </message>
</context>
<context>
    <name>danewerk::core::DnssecKey</name>
    <message>
        <source>Cannot generate keys for algorithm %1 (%2); use 8, 13, 14 or 15.</source>
        <translation>Für Algorithmus %1 (%2) können keine Schlüssel erzeugt werden; 8, 13, 14 oder 15 verwenden.</translation>
    </message>
    <message>
        <source>Key %1 has no private key and cannot sign.</source>
        <translation>Schlüssel %1 hat keinen privaten Schlüssel und kann nicht signieren.</translation>
    </message>
</context>
<context>
    <name>danewerk::core::EngineLabZoneSigner</name>
    <message>
        <source>Danewerk engine</source>
        <translation>Danewerk-Engine</translation>
    </message>
</context>
<context>
    <name>danewerk::core::FixAdvisor</name>
    <message>
        <source>the server presents %1</source>
        <translation>der Server präsentiert %1</translation>
    </message>
    <message>
        <source>the DS RRset for %1</source>
        <translation>das DS-RRset für %1</translation>
    </message>
    <message>
        <source>the DNSKEY RRset with a key of algorithm %1</source>
        <translation>das DNSKEY-RRset mit einem Schlüssel des Algorithmus %1</translation>
    </message>
    <message>
        <source>the DNSKEY RRset not signed by %1</source>
        <translation>das nicht von %1 signierte DNSKEY-RRset</translation>
    </message>
    <message>
        <source>the DNSKEY RRset without %1</source>
        <translation>das DNSKEY-RRset ohne %1</translation>
    </message>
    <message>
        <source>unsigned denial records</source>
        <translation>unsignierte Negativ-Nachweise</translation>
    </message>
    <message>
        <source>unsigned data</source>
        <translation>unsignierte Daten</translation>
    </message>
    <message>
        <source>denial records without a signature of algorithm %1</source>
        <translation>Negativ-Nachweise ohne Signatur des Algorithmus %1</translation>
    </message>
    <message>
        <source>data without a signature of algorithm %1</source>
        <translation>Daten ohne Signatur des Algorithmus %1</translation>
    </message>
    <message>
        <source>denial records signed only by %1</source>
        <translation>nur von %1 signierte Negativ-Nachweise</translation>
    </message>
    <message>
        <source>data signed only by %1</source>
        <translation>nur von %1 signierte Daten</translation>
    </message>
    <message>
        <source>the TLSA RRset without %1</source>
        <translation>das TLSA-RRset ohne %1</translation>
    </message>
    <message>
        <source>sign the DNSKEY RRset with a key of algorithm %1 as well (%2): every algorithm in the DNSKEY RRset must sign it</source>
        <translation>das DNSKEY-RRset auch mit einem Schlüssel des Algorithmus %1 signieren (%2): jeder Algorithmus im DNSKEY-RRset muss es signieren</translation>
    </message>
    <message>
        <source>fix the initial state of the plan: %1 can never be validated with it</source>
        <translation>den Anfangszustand des Plans korrigieren: %1 lässt sich damit nie validieren</translation>
    </message>
    <message>
        <source>%1 needs another change first: %2 is never replaced in this plan</source>
        <translation>%1 braucht zuerst eine andere Änderung: %2 wird in diesem Plan nie ersetzt</translation>
    </message>
    <message>
        <source>%1 until then</source>
        <translation>%1 bis dahin</translation>
    </message>
    <message>
        <source>%1 may be cached until then</source>
        <translation>%1 kann bis dahin in Caches liegen</translation>
    </message>
    <message>
        <source>move %1 to &gt;= %2 (%3): %4</source>
        <translation>%1 auf &gt;= %2 (%3) verschieben: %4</translation>
    </message>
</context>
<context>
    <name>danewerk::core::KeyChecks</name>
    <message>
        <source>A DNSKEY record at %1, which is not the zone apex %2.</source>
        <translation>Ein DNSKEY-Record bei %1, das nicht der Apex %2 der Zone ist.</translation>
    </message>
    <message>
        <source>Move the key to the apex of the zone it belongs to, or delete it.</source>
        <translation>Den Schlüssel an den Apex der Zone verschieben, zu der er gehört, oder löschen.</translation>
    </message>
    <message>
        <source>The zone carries signatures but no DNSKEY RRset at its apex.</source>
        <translation>Die Zone trägt Signaturen, aber kein DNSKEY-RRset an ihrem Apex.</translation>
    </message>
    <message>
        <source>The zone delegates with DS records but has no DNSKEY RRset at its apex.</source>
        <translation>Die Zone delegiert mit DS-Records, hat aber kein DNSKEY-RRset an ihrem Apex.</translation>
    </message>
    <message>
        <source>Add the zone's DNSKEY records at the apex (re-sign the zone with its keys).</source>
        <translation>Die DNSKEY-Records der Zone am Apex eintragen (die Zone mit ihren Schlüsseln neu signieren).</translation>
    </message>
    <message>
        <source>Key %1 uses algorithm %2, which must not be used for signing.</source>
        <translation>Schlüssel %1 verwendet Algorithmus %2, der nicht zum Signieren verwendet werden darf.</translation>
    </message>
    <message>
        <source>Roll to ECDSAP256SHA256 (13) or RSASHA256 (8) with an algorithm rollover (RFC 6781 4.1.4).</source>
        <translation>Mit einem Algorithmuswechsel (RFC 6781 4.1.4) auf ECDSAP256SHA256 (13) oder RSASHA256 (8) umsteigen.</translation>
    </message>
    <message>
        <source>Key %1 uses algorithm %2, which is not recommended for signing.</source>
        <translation>Schlüssel %1 verwendet Algorithmus %2, der zum Signieren nicht empfohlen wird.</translation>
    </message>
    <message>
        <source>Plan an algorithm rollover to ECDSAP256SHA256 (13) or RSASHA256 (8).</source>
        <translation>Einen Algorithmuswechsel auf ECDSAP256SHA256 (13) oder RSASHA256 (8) planen.</translation>
    </message>
    <message>
        <source>RSA key %1 has %2 bits; fewer than 2048 are too weak.</source>
        <translation>RSA-Schlüssel %1 hat %2 Bit; weniger als 2048 sind zu schwach.</translation>
    </message>
    <message>
        <source>Replace it with a key of at least 2048 bits (or ECDSA P-256).</source>
        <translation>Durch einen Schlüssel mit mindestens 2048 Bit (oder ECDSA P-256) ersetzen.</translation>
    </message>
    <message>
        <source>No key in the DNSKEY RRset has the SEP flag (257); parents and tools look for it.</source>
        <translation>Kein Schlüssel im DNSKEY-RRset trägt das SEP-Flag (257); Elternzonen und Werkzeuge suchen danach.</translation>
    </message>
    <message>
        <source>Set flags 257 on the key the parent's DS points to (or sign with a KSK).</source>
        <translation>Flags 257 bei dem Schlüssel setzen, auf den der DS der Elternzone zeigt (oder mit einem KSK signieren).</translation>
    </message>
    <message>
        <source>DS for key %1 uses digest type %2 (%3), which must not be used.</source>
        <translation>DS für Schlüssel %1 verwendet Digest-Typ %2 (%3), der nicht verwendet werden darf.</translation>
    </message>
    <message>
        <source>Publish a SHA-256 (2) DS instead and remove this one.</source>
        <translation>Stattdessen einen SHA-256-DS (2) veröffentlichen und diesen entfernen.</translation>
    </message>
    <message>
        <source>DS %1 matches no DNSKEY of the zone.</source>
        <translation>DS %1 passt zu keinem DNSKEY der Zone.</translation>
    </message>
    <message>
        <source>Replace the DS at the parent with one made from a current SEP key (zone ds).</source>
        <translation>Den DS bei der Elternzone durch einen aus einem aktuellen SEP-Schlüssel erzeugten ersetzen (zone ds).</translation>
    </message>
    <message>
        <source>A %1 record outside the zone apex.</source>
        <translation>Ein %1-Record außerhalb des Apex der Zone.</translation>
    </message>
    <message>
        <source>Delete it; CDS and CDNSKEY belong at the apex.</source>
        <translation>Löschen; CDS und CDNSKEY gehören an den Apex.</translation>
    </message>
    <message>
        <source>The CDS delete request (0 0 0 00) stands beside other CDS records.</source>
        <translation>Die CDS-Löschanforderung (0 0 0 00) steht neben anderen CDS-Records.</translation>
    </message>
    <message>
        <source>Publish either the delete request alone or real CDS records.</source>
        <translation>Entweder nur die Löschanforderung oder echte CDS-Records veröffentlichen.</translation>
    </message>
    <message>
        <source>CDS %1 matches no key of the DNSKEY RRset.</source>
        <translation>CDS %1 passt zu keinem Schlüssel des DNSKEY-RRsets.</translation>
    </message>
    <message>
        <source>Regenerate the CDS records from the current SEP keys.</source>
        <translation>Die CDS-Records aus den aktuellen SEP-Schlüsseln neu erzeugen.</translation>
    </message>
    <message>
        <source>CDS %1 has no matching CDNSKEY record.</source>
        <translation>Zu CDS %1 gibt es keinen passenden CDNSKEY-Record.</translation>
    </message>
    <message>
        <source>Publish CDS and CDNSKEY for the same set of keys.</source>
        <translation>CDS und CDNSKEY für dieselben Schlüssel veröffentlichen.</translation>
    </message>
    <message>
        <source>The CDNSKEY delete request (0 3 0 AA==) stands beside other CDNSKEY records.</source>
        <translation>Die CDNSKEY-Löschanforderung (0 3 0 AA==) steht neben anderen CDNSKEY-Records.</translation>
    </message>
    <message>
        <source>Publish either the delete request alone or real CDNSKEY records.</source>
        <translation>Entweder nur die Löschanforderung oder echte CDNSKEY-Records veröffentlichen.</translation>
    </message>
    <message>
        <source>CDNSKEY for key %1 is not in the DNSKEY RRset.</source>
        <translation>CDNSKEY für Schlüssel %1 steht nicht im DNSKEY-RRset.</translation>
    </message>
    <message>
        <source>Publish only CDNSKEY records that copy a current DNSKEY.</source>
        <translation>Nur CDNSKEY-Records veröffentlichen, die einen aktuellen DNSKEY wiedergeben.</translation>
    </message>
    <message>
        <source>CDNSKEY for key %1 has no matching CDS record.</source>
        <translation>Zu CDNSKEY für Schlüssel %1 gibt es keinen passenden CDS-Record.</translation>
    </message>
</context>
<context>
    <name>danewerk::core::LabAddressPlan</name>
    <message>
        <source>The lab base address must look like 127.X.0.0 (loopback, last two octets zero), not "%1".</source>
        <translation>Die Basisadresse des Labors muss die Form 127.X.0.0 haben (Loopback, die letzten beiden Oktette null), nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>danewerk::core::LabCertificateFactory</name>
    <message>
        <source>Could not make the lab certificate: %1</source>
        <translation>Das Laborzertifikat ließ sich nicht erzeugen: %1</translation>
    </message>
</context>
<context>
    <name>danewerk::core::LabDnssecRecords</name>
    <message>
        <source>Cannot use the key: %1</source>
        <translation>Der Schlüssel ist nicht verwendbar: %1</translation>
    </message>
</context>
<context>
    <name>danewerk::core::LabPortCheck</name>
    <message>
        <source>%1 %2 is taken (bound to %3) by a process this user cannot see</source>
        <translation>%1 %2 ist belegt (gebunden an %3) von einem Prozess, den dieser Benutzer nicht sieht</translation>
    </message>
    <message>
        <source>%1 %2 is taken (bound to %3) by %4 (PID %5)</source>
        <translation>%1 %2 ist belegt (gebunden an %3) von %4 (PID %5)</translation>
    </message>
</context>
<context>
    <name>danewerk::core::LabProcessControl</name>
    <message>
        <source>Cannot start %1: the program is not installed (%2).</source>
        <translation>%1 lässt sich nicht starten: das Programm ist nicht installiert (%2).</translation>
    </message>
    <message>
        <source>Cannot start %1 (%2): %3</source>
        <translation>%1 lässt sich nicht starten (%2): %3</translation>
    </message>
</context>
<context>
    <name>danewerk::core::LabScenario</name>
    <message>
        <source>Scenario file %1: %2</source>
        <translation>Szenariodatei %1: %2</translation>
    </message>
    <message>
        <source>zone name "%1" must be a name below test. with the trailing dot</source>
        <translation>der Zonenname „%1“ muss ein Name unterhalb von test. mit abschließendem Punkt sein</translation>
    </message>
    <message>
        <source>zone %1: unknown signing "%2"</source>
        <translation>Zone %1: unbekannte Signierung „%2“</translation>
    </message>
    <message>
        <source>zone %1: unknown denial "%2"</source>
        <translation>Zone %1: unbekannter Nichtexistenzbeweis „%2“</translation>
    </message>
    <message>
        <source>zone %1: unknown signatures "%2"</source>
        <translation>Zone %1: unbekannte Signaturzeiten „%2“</translation>
    </message>
    <message>
        <source>zone %1: unknown ds "%2"</source>
        <translation>Zone %1: unbekannter DS-Wert „%2“</translation>
    </message>
    <message>
        <source>zone %1: an unsigned zone cannot have a DS record</source>
        <translation>Zone %1: eine unsignierte Zone kann keinen DS-Eintrag haben</translation>
    </message>
    <message>
        <source>zone %1: too many records</source>
        <translation>Zone %1: zu viele Einträge</translation>
    </message>
    <message>
        <source>"id" must be a short lower-case name</source>
        <translation>„id“ muss ein kurzer Name in Kleinbuchstaben sein</translation>
    </message>
    <message>
        <source>"domain" must be a name with the trailing dot</source>
        <translation>„domain“ muss ein Name mit abschließendem Punkt sein</translation>
    </message>
    <message>
        <source>title and task are needed in English and German</source>
        <translation>Titel und Aufgabe werden auf Englisch und Deutsch gebraucht</translation>
    </message>
    <message>
        <source>certificate %1: unknown kind "%2"</source>
        <translation>Zertifikat %1: unbekannte Art „%2“</translation>
    </message>
    <message>
        <source>every certificate needs an id and at least one name</source>
        <translation>jedes Zertifikat braucht eine ID und mindestens einen Namen</translation>
    </message>
    <message>
        <source>server %1: needs an id and an address offset 1-254 (or ipv6)</source>
        <translation>Server %1: braucht eine ID und einen Adressversatz 1–254 (oder ipv6)</translation>
    </message>
    <message>
        <source>server %1: unknown certificate "%2"</source>
        <translation>Server %1: unbekanntes Zertifikat „%2“</translation>
    </message>
    <message>
        <source>a scenario needs at least one zone</source>
        <translation>ein Szenario braucht mindestens eine Zone</translation>
    </message>
    <message>
        <source>"expected" needs a verdict and mx_dnssec</source>
        <translation>„expected“ braucht ein Ergebnis (verdict) und mx_dnssec</translation>
    </message>
</context>
<context>
    <name>danewerk::core::LabScenarioCatalog</name>
    <message>
        <source>No lab scenarios found in %1</source>
        <translation>Keine Laborszenarien in %1 gefunden</translation>
    </message>
    <message>
        <source>Scenario file %1: %2 is used by another scenario</source>
        <translation>Szenariodatei %1: %2 wird schon von einem anderen Szenario verwendet</translation>
    </message>
    <message>
        <source>address offset %1</source>
        <translation>Adressversatz %1</translation>
    </message>
    <message>
        <source>Scenario file %1 is a symbolic link that leads out of %2</source>
        <translation>Die Szenariodatei %1 ist ein symbolischer Link, der aus %2 hinausführt</translation>
    </message>
</context>
<context>
    <name>danewerk::core::LabSmtpListeners</name>
    <message>
        <source>%1 is damaged.</source>
        <translation>%1 ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>danewerk::core::LabState</name>
    <message>
        <source>The lab state file %1 is damaged.</source>
        <translation>Die Zustandsdatei des Labors %1 ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>danewerk::core::LabZoneBuilder</name>
    <message>
        <source>Scenario %1: cannot fill in "%2"</source>
        <translation>Szenario %1: „%2“ lässt sich nicht ausfüllen</translation>
    </message>
</context>
<context>
    <name>danewerk::core::MailDomainCheck</name>
    <message>
        <source>%1 has no MX records: senders deliver to the domain itself.</source>
        <translation>%1 hat keine MX-Records: Absender stellen an die Domain selbst zu.</translation>
    </message>
    <message>
        <source>Publish an MX record naming the mail server.</source>
        <translation>Einen MX-Record veröffentlichen, der den Mailserver nennt.</translation>
    </message>
    <message>
        <source>The MX records of %1 are not DNSSEC-signed (%2): an attacker can redirect mail to hosts of his choice (MX spoofable).</source>
        <translation>Die MX-Records von %1 sind nicht DNSSEC-signiert (%2): ein Angreifer kann Mail an Hosts seiner Wahl umleiten (MX fälschbar).</translation>
    </message>
    <message>
        <source>Sign the zone and publish a DS record at the parent.</source>
        <translation>Die Zone signieren und einen DS-Record bei der Elternzone veröffentlichen.</translation>
    </message>
    <message>
        <source>The MX records of %1 fail DNSSEC validation (%2): DANE senders defer all mail.</source>
        <translation>Die MX-Records von %1 bestehen die DNSSEC-Validierung nicht (%2): DANE-Absender stellen alle Mail zurück.</translation>
    </message>
    <message>
        <source>The MX lookup for %1 failed (%2).</source>
        <translation>Die MX-Abfrage für %1 ist fehlgeschlagen (%2).</translation>
    </message>
    <message>
        <source>Repair the DNSSEC chain (signatures, DS at the parent).</source>
        <translation>Die DNSSEC-Kette reparieren (Signaturen, DS bei der Elternzone).</translation>
    </message>
    <message>
        <source>Check that the domain's name servers answer.</source>
        <translation>Prüfen, ob die Nameserver der Domain antworten.</translation>
    </message>
    <message>
        <source>The address records of %1 fail DNSSEC validation: DANE senders defer mail to it.</source>
        <translation>Die Adress-Records von %1 bestehen die DNSSEC-Validierung nicht: DANE-Absender stellen Mail dorthin zurück.</translation>
    </message>
    <message>
        <source>Repair the DNSSEC chain of the host's zone.</source>
        <translation>Die DNSSEC-Kette der Zone des Hosts reparieren.</translation>
    </message>
    <message>
        <source>The address lookup for %1 failed.</source>
        <translation>Die Adressabfrage für %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Check that the host's name servers answer.</source>
        <translation>Prüfen, ob die Nameserver des Hosts antworten.</translation>
    </message>
    <message>
        <source>%1 has no address records.</source>
        <translation>%1 hat keine Adress-Records.</translation>
    </message>
    <message>
        <source>Publish A or AAAA records for the mail server, or fix the MX target.</source>
        <translation>A- oder AAAA-Records für den Mailserver veröffentlichen oder das MX-Ziel korrigieren.</translation>
    </message>
    <message>
        <source>No TLSA records at %1 (securely denied): DANE is not deployed for this host.</source>
        <translation>Keine TLSA-Records bei %1 (sicher verneint): DANE ist für diesen Host nicht eingerichtet.</translation>
    </message>
    <message>
        <source>Publish a 3 1 1 TLSA record to protect mail to this host.</source>
        <translation>Einen TLSA-Record 3 1 1 veröffentlichen, um Mail an diesen Host zu schützen.</translation>
    </message>
    <message>
        <source>The TLSA records at %1 fail DNSSEC validation (%2): DANE senders defer mail.</source>
        <translation>Die TLSA-Records bei %1 bestehen die DNSSEC-Validierung nicht (%2): DANE-Absender stellen Mail zurück.</translation>
    </message>
    <message>
        <source>Repair the DNSSEC chain of the TLSA records.</source>
        <translation>Die DNSSEC-Kette der TLSA-Records reparieren.</translation>
    </message>
    <message>
        <source>The TLSA lookup at %1 failed (%2): DANE senders defer mail, they do not treat it as "no TLSA".</source>
        <translation>Die TLSA-Abfrage bei %1 ist fehlgeschlagen (%2): DANE-Absender stellen Mail zurück, sie werten das nicht als „kein TLSA“.</translation>
    </message>
    <message>
        <source>Make the name servers answer TLSA queries (some middleboxes drop them).</source>
        <translation>Dafür sorgen, dass die Nameserver TLSA-Anfragen beantworten (manche Middleboxen verwerfen sie).</translation>
    </message>
    <message>
        <source>No SMTP connection to %1 port %2: %3</source>
        <translation>Keine SMTP-Verbindung zu %1 Port %2: %3</translation>
    </message>
    <message>
        <source>Check that the server listens on port 25 and that no firewall blocks it.</source>
        <translation>Prüfen, ob der Server auf Port 25 lauscht und keine Firewall ihn sperrt.</translation>
    </message>
    <message>
        <source>%1 does not offer STARTTLS although TLSA records require it: DANE senders defer all mail.</source>
        <translation>%1 bietet kein STARTTLS an, obwohl TLSA-Records es verlangen: DANE-Absender stellen alle Mail zurück.</translation>
    </message>
    <message>
        <source>Enable STARTTLS with the certificate the TLSA records describe.</source>
        <translation>STARTTLS mit dem Zertifikat einschalten, das die TLSA-Records beschreiben.</translation>
    </message>
    <message>
        <source>The SMTP dialogue with %1 failed before TLS: %2</source>
        <translation>Der SMTP-Dialog mit %1 ist vor TLS gescheitert: %2</translation>
    </message>
    <message>
        <source>Check the server's logs and load.</source>
        <translation>Protokolle und Last des Servers prüfen.</translation>
    </message>
    <message>
        <source>%1 offers STARTTLS but did not start TLS: %2</source>
        <translation>%1 bietet STARTTLS an, hat TLS aber nicht gestartet: %2</translation>
    </message>
    <message>
        <source>Fix the server's TLS configuration.</source>
        <translation>Die TLS-Konfiguration des Servers korrigieren.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation>Der TLS-Handshake mit %1 ist gescheitert: %2</translation>
    </message>
    <message>
        <source>The %1 certificate of %2 matches a DANE-TA record but names neither %3%4.</source>
        <translation>Das %1-Zertifikat von %2 passt zu einem DANE-TA-Record, nennt aber weder %3%4.</translation>
    </message>
    <message>
        <source>Add the MX host name as a DNS subjectAltName, or publish a 3 1 1 record.</source>
        <translation>Den MX-Hostnamen als DNS-subjectAltName aufnehmen oder einen Record 3 1 1 veröffentlichen.</translation>
    </message>
    <message>
        <source>The %1 chain of %2 is out of date (%3): DANE-TA authentication fails.</source>
        <translation>Die %1-Kette von %2 ist nicht im Gültigkeitszeitraum (%3): die DANE-TA-Authentifizierung scheitert.</translation>
    </message>
    <message>
        <source>Renew the certificate.</source>
        <translation>Das Zertifikat erneuern.</translation>
    </message>
    <message>
        <source>No usable TLSA record matches the %1 chain presented by %2 (%3).</source>
        <translation>Kein verwendbarer TLSA-Record passt zur %1-Kette, die %2 vorlegt (%3).</translation>
    </message>
    <message>
        <source>Publish a TLSA record for the certificate in use (danewerk-cli tlsa create), or install the certificate the records describe.</source>
        <translation>Einen TLSA-Record für das verwendete Zertifikat veröffentlichen (danewerk-cli tlsa create) oder das Zertifikat installieren, das die Records beschreiben.</translation>
    </message>
    <message>
        <source>The certificate of %1 expired at %2 (irrelevant for DANE-EE, but PKIX clients will refuse it).</source>
        <translation>Das Zertifikat von %1 ist am %2 abgelaufen (für DANE-EE belanglos, aber PKIX-Clients lehnen es ab).</translation>
    </message>
    <message>
        <source>The certificate of %1 expires at %2.</source>
        <translation>Das Zertifikat von %1 läuft am %2 ab.</translation>
    </message>
    <message>
        <source>Renew it, and publish the TLSA record of the new key first.</source>
        <translation>Es erneuern und zuerst den TLSA-Record des neuen Schlüssels veröffentlichen.</translation>
    </message>
    <message>
        <source>Not all MX hosts of %1 are protected by DANE: mail to the others goes without authentication.</source>
        <translation>Nicht alle MX-Hosts von %1 sind durch DANE geschützt: Mail an die übrigen geht ohne Authentifizierung.</translation>
    </message>
    <message>
        <source>Publish TLSA records for every MX host.</source>
        <translation>TLSA-Records für jeden MX-Host veröffentlichen.</translation>
    </message>
    <message>
        <source>%1 has %2 MX records; only the best %3 are checked.</source>
        <translation>%1 hat %2 MX-Records; nur die besten %3 werden geprüft.</translation>
    </message>
    <message>
        <source>Publish fewer MX records.</source>
        <translation>Weniger MX-Records veröffentlichen.</translation>
    </message>
    <message>
        <source>%1 does not exist (NXDOMAIN, proven by a validated NSEC/NSEC3 denial): mail to it bounces.</source>
        <translation>%1 existiert nicht (NXDOMAIN, durch eine validierte NSEC/NSEC3-Negativantwort belegt): Mail dorthin kommt zurück.</translation>
    </message>
    <message>
        <source>%1 does not exist (NXDOMAIN, not proven by DNSSEC: %2): mail to it bounces.</source>
        <translation>%1 existiert nicht (NXDOMAIN, nicht durch DNSSEC belegt: %2): Mail dorthin kommt zurück.</translation>
    </message>
    <message>
        <source>Check the spelling of the domain, or register and delegate it.</source>
        <translation>Prüfen Sie die Schreibweise der Domain, oder registrieren und delegieren Sie sie.</translation>
    </message>
</context>
<context>
    <name>danewerk::core::MethodTemplates</name>
    <message>
        <source>publish the new ZSK</source>
        <translation>den neuen ZSK veröffentlichen</translation>
    </message>
    <message>
        <source>sign with the new ZSK instead of the old one</source>
        <translation>mit dem neuen statt dem alten ZSK signieren</translation>
    </message>
    <message>
        <source>remove the old ZSK</source>
        <translation>den alten ZSK entfernen</translation>
    </message>
    <message>
        <source> (RFC 7583 3.2.2 gives Dsgn + DprpC + max(TTLkey, TTLsig) = %1; the bound here is exact and shorter when TTLkey &gt; TTLsig and Dsgn &gt; 0)</source>
        <translation> (RFC 7583 3.2.2 nennt Dsgn + DprpC + max(TTLkey, TTLsig) = %1; die Schranke hier ist exakt und kürzer, wenn TTLkey &gt; TTLsig und Dsgn &gt; 0)</translation>
    </message>
    <message>
        <source>publish the new ZSK and sign with both</source>
        <translation>den neuen ZSK veröffentlichen und mit beiden signieren</translation>
    </message>
    <message>
        <source>remove the old ZSK and its signatures</source>
        <translation>den alten ZSK und seine Signaturen entfernen</translation>
    </message>
    <message>
        <source>sign with the new ZSK as well</source>
        <translation>zusätzlich mit dem neuen ZSK signieren</translation>
    </message>
    <message>
        <source>swap the ZSKs in the DNSKEY RRset</source>
        <translation>die ZSKs im DNSKEY-RRset austauschen</translation>
    </message>
    <message>
        <source>stop signing with the old ZSK</source>
        <translation>nicht mehr mit dem alten ZSK signieren</translation>
    </message>
    <message>
        <source>publish the new KSK and sign the DNSKEY RRset with both</source>
        <translation>den neuen KSK veröffentlichen und das DNSKEY-RRset mit beiden signieren</translation>
    </message>
    <message>
        <source>submit the DS of the new KSK to the parent (it replaces the old DS)</source>
        <translation>den DS des neuen KSK an die Elternzone übermitteln (er ersetzt den alten DS)</translation>
    </message>
    <message>
        <source>remove the old KSK</source>
        <translation>den alten KSK entfernen</translation>
    </message>
    <message>
        <source>submit DS records for the old and the new KSK</source>
        <translation>DS-Records für den alten und den neuen KSK übermitteln</translation>
    </message>
    <message>
        <source>swap the KSKs in the DNSKEY RRset</source>
        <translation>die KSKs im DNSKEY-RRset austauschen</translation>
    </message>
    <message>
        <source>the parent publishes only the new DS</source>
        <translation>die Elternzone veröffentlicht nur noch den neuen DS</translation>
    </message>
    <message>
        <source>publish the new KSK, sign with both, submit both DS records</source>
        <translation>den neuen KSK veröffentlichen, mit beiden signieren, beide DS-Records übermitteln</translation>
    </message>
    <message>
        <source>remove the old KSK and its DS</source>
        <translation>den alten KSK und seinen DS entfernen</translation>
    </message>
    <message>
        <source>publish the new CSK and sign the DNSKEY RRset with both</source>
        <translation>den neuen CSK veröffentlichen und das DNSKEY-RRset mit beiden signieren</translation>
    </message>
    <message>
        <source>sign the zone with the new CSK and submit its DS</source>
        <translation>die Zone mit dem neuen CSK signieren und seinen DS übermitteln</translation>
    </message>
    <message>
        <source>stop signing with the old CSK and remove it</source>
        <translation>nicht mehr mit dem alten CSK signieren und ihn entfernen</translation>
    </message>
    <message>
        <source>stop signing the DNSKEY RRset with the old CSK</source>
        <translation>das DNSKEY-RRset nicht mehr mit dem alten CSK signieren</translation>
    </message>
    <message>
        <source>remove the old CSK</source>
        <translation>den alten CSK entfernen</translation>
    </message>
    <message>
        <source>publish the new CSK and sign everything with both</source>
        <translation>den neuen CSK veröffentlichen und alles mit beiden signieren</translation>
    </message>
    <message>
        <source>the parent publishes the DS of the new CSK instead of the old</source>
        <translation>die Elternzone veröffentlicht den DS des neuen statt des alten CSK</translation>
    </message>
    <message>
        <source>remove the old CSK and its signatures</source>
        <translation>den alten CSK und seine Signaturen entfernen</translation>
    </message>
    <message>
        <source>add signatures with the new algorithm (keys not yet published)</source>
        <translation>Signaturen mit dem neuen Algorithmus hinzufügen (Schlüssel noch nicht veröffentlicht)</translation>
    </message>
    <message>
        <source>publish the new-algorithm keys</source>
        <translation>die Schlüssel des neuen Algorithmus veröffentlichen</translation>
    </message>
    <message>
        <source>the parent publishes the DS of the new KSK instead of the old</source>
        <translation>die Elternzone veröffentlicht den DS des neuen statt des alten KSK</translation>
    </message>
    <message>
        <source>remove the old-algorithm keys (keep their signatures)</source>
        <translation>die Schlüssel des alten Algorithmus entfernen (ihre Signaturen bleiben)</translation>
    </message>
    <message>
        <source>remove the old-algorithm signatures</source>
        <translation>die Signaturen des alten Algorithmus entfernen</translation>
    </message>
    <message>
        <source>publish and sign with the new-algorithm keys</source>
        <translation>die Schlüssel des neuen Algorithmus veröffentlichen und mit ihnen signieren</translation>
    </message>
    <message>
        <source>remove the old-algorithm keys and signatures</source>
        <translation>Schlüssel und Signaturen des alten Algorithmus entfernen</translation>
    </message>
    <message>
        <source>the parent removes the DS</source>
        <translation>die Elternzone entfernt den DS</translation>
    </message>
    <message>
        <source>unsign the zone</source>
        <translation>die Signierung der Zone entfernen</translation>
    </message>
    <message>
        <source>sign the zone</source>
        <translation>die Zone signieren</translation>
    </message>
    <message>
        <source>the parent publishes the DS</source>
        <translation>die Elternzone veröffentlicht den DS</translation>
    </message>
    <message>
        <source>publish TLSA records for the current and the next key</source>
        <translation>TLSA-Records für den aktuellen und den nächsten Schlüssel veröffentlichen</translation>
    </message>
    <message>
        <source> (RFC 7671 8.1 recommends at least 2 x TTLtlsa = %1)</source>
        <translation> (RFC 7671 8.1 empfiehlt mindestens 2 x TTLtlsa = %1)</translation>
    </message>
    <message>
        <source>deploy the next key, then publish only its TLSA record</source>
        <translation>den nächsten Schlüssel einsetzen, dann nur noch seinen TLSA-Record veröffentlichen</translation>
    </message>
    <message>
        <source>ZSK pre-publication (RFC 7583 3.2.1)</source>
        <translation>ZSK-Vorveröffentlichung (RFC 7583 3.2.1)</translation>
    </message>
    <message>
        <source>ZSK double signature (RFC 7583 3.2.2)</source>
        <translation>ZSK-Doppelsignatur (RFC 7583 3.2.2)</translation>
    </message>
    <message>
        <source>ZSK double RRSIG (RFC 7583 3.2.3)</source>
        <translation>ZSK-Doppel-RRSIG (RFC 7583 3.2.3)</translation>
    </message>
    <message>
        <source>KSK double KSK (RFC 7583 3.3.1)</source>
        <translation>KSK-Doppel-KSK (RFC 7583 3.3.1)</translation>
    </message>
    <message>
        <source>KSK double DS (RFC 7583 3.3.2)</source>
        <translation>KSK-Doppel-DS (RFC 7583 3.3.2)</translation>
    </message>
    <message>
        <source>KSK double RRset (RFC 7583 3.3.3)</source>
        <translation>KSK-Doppel-RRset (RFC 7583 3.3.3)</translation>
    </message>
    <message>
        <source>CSK rollover as BIND does it</source>
        <translation>CSK-Rollover wie bei BIND</translation>
    </message>
    <message>
        <source>CSK double signature (RFC 6781 style)</source>
        <translation>CSK-Doppelsignatur (nach RFC 6781)</translation>
    </message>
    <message>
        <source>algorithm rollover, conservative (RFC 6781 4.1.4)</source>
        <translation>Algorithmus-Rollover, konservativ (RFC 6781 4.1.4)</translation>
    </message>
    <message>
        <source>algorithm rollover, liberal (as BIND)</source>
        <translation>Algorithmus-Rollover, liberal (wie BIND)</translation>
    </message>
    <message>
        <source>turn DNSSEC off (DS first, then unsign)</source>
        <translation>DNSSEC abschalten (zuerst DS, dann Signaturen)</translation>
    </message>
    <message>
        <source>turn DNSSEC on (sign first, then DS)</source>
        <translation>DNSSEC einschalten (zuerst signieren, dann DS)</translation>
    </message>
    <message>
        <source>TLSA key rollover (RFC 7671 8.1, current + next)</source>
        <translation>TLSA-Schlüsselwechsel (RFC 7671 8.1, aktuell + nächster)</translation>
    </message>
    <message>
        <source>unknown method %1 (known: %2)</source>
        <translation>unbekannte Methode %1 (bekannt: %2)</translation>
    </message>
</context>
<context>
    <name>danewerk::core::Nsec3Checks</name>
    <message>
        <source>The NSEC3 owner is not a hashed name directly below the apex, or the record is malformed.</source>
        <translation>Der NSEC3-Owner ist kein gehashter Name direkt unter dem Apex, oder der Record ist fehlerhaft.</translation>
    </message>
    <message>
        <source>Re-sign the zone with NSEC3.</source>
        <translation>Die Zone mit NSEC3 neu signieren.</translation>
    </message>
    <message>
        <source>The zone has NSEC3 records but no NSEC3PARAM record at its apex.</source>
        <translation>Die Zone hat NSEC3-Records, aber keinen NSEC3PARAM-Record an ihrem Apex.</translation>
    </message>
    <message>
        <source>Re-sign the zone with NSEC3 (the signer adds NSEC3PARAM).</source>
        <translation>Die Zone mit NSEC3 neu signieren (der Signierer fügt NSEC3PARAM hinzu).</translation>
    </message>
    <message>
        <source>NSEC3 uses %1 extra iterations; validators treat zones above 150 as insecure.</source>
        <translation>NSEC3 verwendet %1 zusätzliche Iterationen; Validatoren behandeln Zonen über 150 als unsicher.</translation>
    </message>
    <message>
        <source>Re-sign with 0 iterations.</source>
        <translation>Mit 0 Iterationen neu signieren.</translation>
    </message>
    <message>
        <source>NSEC3 uses %1 extra iterations; they cost resolvers and protect nothing.</source>
        <translation>NSEC3 verwendet %1 zusätzliche Iterationen; sie kosten Resolver Zeit und schützen nichts.</translation>
    </message>
    <message>
        <source>NSEC3 uses the salt %1; a salt adds nothing.</source>
        <translation>NSEC3 verwendet das Salt %1; ein Salt bringt nichts.</translation>
    </message>
    <message>
        <source>Re-sign with an empty salt ("-").</source>
        <translation>Mit leerem Salt („-“) neu signieren.</translation>
    </message>
    <message>
        <source>The NSEC3 record uses algorithm %1, %2 iterations and salt "%3"; the zone's parameters are %4, %5 and "%6".</source>
        <translation>Der NSEC3-Record verwendet Algorithmus %1, %2 Iterationen und Salt „%3“; die Parameter der Zone sind %4, %5 und „%6“.</translation>
    </message>
    <message>
        <source>Re-sign the zone so that one parameter set is used throughout.</source>
        <translation>Die Zone so neu signieren, dass durchgehend ein Parametersatz verwendet wird.</translation>
    </message>
    <message>
        <source>%1 (hash %2) has no NSEC3 record.</source>
        <translation>%1 (Hash %2) hat keinen NSEC3-Record.</translation>
    </message>
    <message>
        <source>Re-sign the zone so that the NSEC3 chain covers every name.</source>
        <translation>Die Zone so neu signieren, dass die NSEC3-Kette jeden Namen abdeckt.</translation>
    </message>
    <message>
        <source>The NSEC3 type bitmap for %1 %2.</source>
        <translation>Die NSEC3-Typ-Bitmap für %1 %2.</translation>
    </message>
    <message>
        <source>is malformed</source>
        <translation>ist fehlerhaft</translation>
    </message>
    <message>
        <source>Re-sign the zone so that the bitmaps match the data.</source>
        <translation>Die Zone so neu signieren, dass die Bitmaps zu den Daten passen.</translation>
    </message>
    <message>
        <source>The NSEC3 owner hash matches no name of the zone.</source>
        <translation>Der Hash des NSEC3-Owners passt zu keinem Namen der Zone.</translation>
    </message>
    <message>
        <source>Re-sign the zone; remove NSEC3 records left from old data.</source>
        <translation>Die Zone neu signieren; NSEC3-Records aus alten Daten entfernen.</translation>
    </message>
    <message>
        <source>The NSEC3 record points to %1, but the next hashed owner is %2.</source>
        <translation>Der NSEC3-Record zeigt auf %1, der nächste gehashte Owner ist aber %2.</translation>
    </message>
    <message>
        <source>Re-sign the zone to rebuild the NSEC3 chain.</source>
        <translation>Die Zone neu signieren, um die NSEC3-Kette neu aufzubauen.</translation>
    </message>
    <message>
        <source>%1 has no NSEC3 record that can be found: the zone's NSEC3 hash algorithm %2 is unknown, so no name can be hashed.</source>
        <translation>Für %1 lässt sich kein NSEC3-Eintrag finden: Der NSEC3-Hash-Algorithmus %2 der Zone ist unbekannt, daher lässt sich kein Name hashen.</translation>
    </message>
    <message>
        <source>Re-sign the zone with NSEC3 hash algorithm 1 (SHA-1), the only one defined.</source>
        <translation>Signieren Sie die Zone neu mit dem NSEC3-Hash-Algorithmus 1 (SHA-1), dem einzigen definierten.</translation>
    </message>
</context>
<context>
    <name>danewerk::core::NsecChecks</name>
    <message>
        <source>lacks %1</source>
        <translation>fehlt %1</translation>
    </message>
    <message>
        <source>lists %1, which is not there</source>
        <translation>nennt %1, das dort nicht vorhanden ist</translation>
    </message>
    <message>
        <source>%1 has no NSEC record: denial of existence next to it cannot be proven.</source>
        <translation>%1 hat keinen NSEC-Record: die Nichtexistenz daneben lässt sich nicht beweisen.</translation>
    </message>
    <message>
        <source>Re-sign the zone so that the NSEC chain covers every name.</source>
        <translation>Die Zone so neu signieren, dass die NSEC-Kette jeden Namen abdeckt.</translation>
    </message>
    <message>
        <source>The NSEC record is malformed.</source>
        <translation>Der NSEC-Record ist fehlerhaft.</translation>
    </message>
    <message>
        <source>Re-sign the zone.</source>
        <translation>Die Zone neu signieren.</translation>
    </message>
    <message>
        <source>The NSEC record points to %1, but the next name with an NSEC record is %2.</source>
        <translation>Der NSEC-Record zeigt auf %1, der nächste Name mit NSEC-Record ist aber %2.</translation>
    </message>
    <message>
        <source>Re-sign the zone to rebuild the NSEC chain.</source>
        <translation>Die Zone neu signieren, um die NSEC-Kette neu aufzubauen.</translation>
    </message>
    <message>
        <source>The NSEC type bitmap of %1 %2.</source>
        <translation>Die NSEC-Typ-Bitmap von %1 %2.</translation>
    </message>
    <message>
        <source>Re-sign the zone so that the bitmaps match the data.</source>
        <translation>Die Zone so neu signieren, dass die Bitmaps zu den Daten passen.</translation>
    </message>
</context>
<context>
    <name>danewerk::core::PlanJson</name>
    <message>
        <source>plan file larger than %1 bytes</source>
        <translation>Plandatei größer als %1 Bytes</translation>
    </message>
    <message>
        <source>bad JSON: %1</source>
        <translation>fehlerhaftes JSON: %1</translation>
    </message>
    <message>
        <source>the plan must be a JSON object</source>
        <translation>der Plan muss ein JSON-Objekt sein</translation>
    </message>
</context>
<context>
    <name>danewerk::core::PlanReader</name>
    <message>
        <source>unknown key "%1" (expected one of: %2)</source>
        <translation>unbekannter Schlüssel "%1" (erwartet: %2)</translation>
    </message>
    <message>
        <source>negative time %1</source>
        <translation>negative Zeit %1</translation>
    </message>
    <message>
        <source>%1 is not a whole number of seconds</source>
        <translation>%1 ist keine ganze Zahl von Sekunden</translation>
    </message>
    <message>
        <source>negative time "%1"</source>
        <translation>negative Zeit "%1"</translation>
    </message>
    <message>
        <source>malformed duration "%1" (use 3600, 3600s, 90m, 2h, 7d or P1DT2H)</source>
        <translation>fehlerhafte Dauer "%1" (erlaubt: 3600, 3600s, 90m, 2h, 7d oder P1DT2H)</translation>
    </message>
    <message>
        <source>expected a duration or integer seconds</source>
        <translation>Dauer oder ganze Sekundenzahl erwartet</translation>
    </message>
    <message>
        <source>expected a key id</source>
        <translation>Schlüssel-ID erwartet</translation>
    </message>
    <message>
        <source>unknown key "%1"</source>
        <translation>unbekannter Schlüssel "%1"</translation>
    </message>
    <message>
        <source>expected an array of key ids</source>
        <translation>Array von Schlüssel-IDs erwartet</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>value out of range</source>
        <translation>Wert außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>Array erwartet</translation>
    </message>
    <message>
        <source>too many keys (at most %1)</source>
        <translation>zu viele Schlüssel (höchstens %1)</translation>
    </message>
    <message>
        <source>expected a key id of 1 to 64 characters</source>
        <translation>Schlüssel-ID mit 1 bis 64 Zeichen erwartet</translation>
    </message>
    <message>
        <source>duplicate key id "%1"</source>
        <translation>doppelte Schlüssel-ID "%1"</translation>
    </message>
    <message>
        <source>expected KSK, ZSK, CSK or TLSA</source>
        <translation>KSK, ZSK, CSK oder TLSA erwartet</translation>
    </message>
    <message>
        <source>expected an algorithm number from 1 to 255</source>
        <translation>Algorithmusnummer von 1 bis 255 erwartet</translation>
    </message>
    <message>
        <source>%1 is a DNSSEC key; %2 takes keys with role TLSA</source>
        <translation>%1 ist ein DNSSEC-Schlüssel; %2 nimmt Schlüssel mit der Rolle TLSA</translation>
    </message>
    <message>
        <source>%1 has role TLSA; %2 takes DNSSEC keys</source>
        <translation>%1 hat die Rolle TLSA; %2 nimmt DNSSEC-Schlüssel</translation>
    </message>
    <message>
        <source>missing operation</source>
        <translation>Operation fehlt</translation>
    </message>
    <message>
        <source>unknown operation "%1" (known: %2)</source>
        <translation>unbekannte Operation "%1" (bekannt: %2)</translation>
    </message>
    <message>
        <source>missing time</source>
        <translation>Zeit fehlt</translation>
    </message>
    <message>
        <source>missing key</source>
        <translation>Schlüssel fehlt</translation>
    </message>
    <message>
        <source>missing keys</source>
        <translation>Schlüssel fehlen</translation>
    </message>
    <message>
        <source>expected DS, DNSKEY, DATA, NEG or TLSA</source>
        <translation>DS, DNSKEY, DATA, NEG oder TLSA erwartet</translation>
    </message>
    <message>
        <source>missing TTL</source>
        <translation>TTL fehlt</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>expected a domain name</source>
        <translation>Domainname erwartet</translation>
    </message>
    <message>
        <source>expected an ISO 8601 UTC time such as 2027-01-01T00:00:00Z</source>
        <translation>UTC-Zeit nach ISO 8601 erwartet, etwa 2027-01-01T00:00:00Z</translation>
    </message>
    <message>
        <source>too many events (at most %1)</source>
        <translation>zu viele Ereignisse (höchstens %1)</translation>
    </message>
    <message>
        <source>%1 is too far in the future</source>
        <translation>%1 liegt zu weit in der Zukunft</translation>
    </message>
</context>
<context>
    <name>danewerk::core::PlanSteps</name>
    <message>
        <source>add %1 to the DNSKEY RRset</source>
        <translation>%1 in das DNSKEY-RRset aufnehmen</translation>
    </message>
    <message>
        <source>remove %1 from the DNSKEY RRset</source>
        <translation>%1 aus dem DNSKEY-RRset entfernen</translation>
    </message>
    <message>
        <source>sign the DNSKEY RRset with %1</source>
        <translation>das DNSKEY-RRset mit %1 signieren</translation>
    </message>
    <message>
        <source>stop signing the DNSKEY RRset with %1</source>
        <translation>das DNSKEY-RRset nicht mehr mit %1 signieren</translation>
    </message>
    <message>
        <source>sign the zone data with %1 (every RRset within %2)</source>
        <translation>die Zonendaten mit %1 signieren (jedes RRset innerhalb von %2)</translation>
    </message>
    <message>
        <source>stop signing the zone data with %1 (every RRset within %2)</source>
        <translation>die Zonendaten nicht mehr mit %1 signieren (jedes RRset innerhalb von %2)</translation>
    </message>
    <message>
        <source>set the REVOKE flag on %1 (RFC 5011)</source>
        <translation>das REVOKE-Flag an %1 setzen (RFC 5011)</translation>
    </message>
    <message>
        <source>the parent publishes exactly the DS records of %1 from now on (submit them at least Dreg = %2 earlier, by %3)</source>
        <translation>die Elternzone veröffentlicht ab jetzt genau die DS-Records von %1 (mindestens Dreg = %2 vorher übermitteln, bis %3)</translation>
    </message>
    <message>
        <source>submit DS records for exactly %1 to the parent (expected at the parent by %2)</source>
        <translation>DS-Records für genau %1 an die Elternzone übermitteln (dort erwartet bis %2)</translation>
    </message>
    <message>
        <source>publish TLSA records for exactly %1</source>
        <translation>TLSA-Records für genau %1 veröffentlichen</translation>
    </message>
    <message>
        <source>deploy %1 on the mail server</source>
        <translation>%1 auf dem Mailserver einsetzen</translation>
    </message>
    <message>
        <source>set the TTL of %1 to %2</source>
        <translation>die TTL von %1 auf %2 setzen</translation>
    </message>
</context>
<context>
    <name>danewerk::core::RolloverExporters</name>
    <message>
        <source>the plan has no origin; give one (--origin 2027-01-01T00:00:00Z) for calendar dates</source>
        <translation>der Plan hat keinen Ursprung; für Kalenderdaten einen angeben (--origin 2027-01-01T00:00:00Z)</translation>
    </message>
    <message>
        <source>rollover</source>
        <translation>Rollover</translation>
    </message>
    <message>
        <source>Step %1 of %2 (t = %3):</source>
        <translation>Schritt %1 von %2 (t = %3):</translation>
    </message>
    <message>
        <source>Why this time: %1</source>
        <translation>Warum dieser Zeitpunkt: %1</translation>
    </message>
    <message>
        <source>Next step not before %1.</source>
        <translation>Nächster Schritt nicht vor %1.</translation>
    </message>
    <message>
        <source>custom plan</source>
        <translation>eigener Plan</translation>
    </message>
    <message>
        <source>Rollover runbook: %1 (%2)</source>
        <translation>Rollover-Betriebshandbuch: %1 (%2)</translation>
    </message>
    <message>
        <source>Origin (t = 0): %1. All times are UTC.</source>
        <translation>Ursprung (t = 0): %1. Alle Zeiten in UTC.</translation>
    </message>
    <message>
        <source>The plan has no origin: times are offsets from its start (t = 0).</source>
        <translation>Der Plan hat keinen Ursprung: Zeiten sind Abstände von seinem Beginn (t = 0).</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>Parameter:</translation>
    </message>
    <message>
        <source>Safety check: no resolver can see a bogus answer or defer mail with this plan.</source>
        <translation>Sicherheitsprüfung: Mit diesem Plan kann kein Resolver eine bogus-Antwort sehen oder Mail zurückstellen.</translation>
    </message>
    <message>
        <source>Safety check: this plan is NOT safe. Fix these windows first:</source>
        <translation>Sicherheitsprüfung: Dieser Plan ist NICHT sicher. Zuerst diese Fenster beheben:</translation>
    </message>
    <message>
        <source>%1 %2 (%3) from %4 to %5: %6</source>
        <translation>%1 %2 (%3) von %4 bis %5: %6</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <source>Do:</source>
        <translation>Tun:</translation>
    </message>
    <message>
        <source>Why this time: `%1`</source>
        <translation>Warum dieser Zeitpunkt: `%1`</translation>
    </message>
    <message>
        <source>Afterwards, verify:</source>
        <translation>Danach prüfen:</translation>
    </message>
    <message>
        <source>Before the next step (not before %1), verify:</source>
        <translation>Vor dem nächsten Schritt (nicht vor %1) prüfen:</translation>
    </message>
    <message>
        <source>query the zone: the DNSKEY set must be %1, signed by %2</source>
        <translation>die Zone abfragen: die DNSKEY-Menge muss %1 sein, signiert von %2</translation>
    </message>
    <message>
        <source>with the REVOKE flag on %1</source>
        <translation>mit REVOKE-Flag an %1</translation>
    </message>
    <message>
        <source>zone data and denial records must carry signatures by %1</source>
        <translation>Zonendaten und Negativ-Nachweise müssen Signaturen von %1 tragen</translation>
    </message>
    <message>
        <source>query the parent: the DS set must be %1</source>
        <translation>die Elternzone abfragen: die DS-Menge muss %1 sein</translation>
    </message>
    <message>
        <source>query the TLSA RRset: it must be %1</source>
        <translation>das TLSA-RRset abfragen: es muss %1 sein</translation>
    </message>
    <message>
        <source>the mail server must present %1</source>
        <translation>der Mailserver muss %1 präsentieren</translation>
    </message>
    <message>
        <source>dnssec-policy for %1 matching the Danewerk plan parameters (named.conf, BIND 9.18)</source>
        <translation>dnssec-policy für %1 passend zu den Parametern des Danewerk-Plans (named.conf, BIND 9.18)</translation>
    </message>
    <message>
        <source>Dsgn = 0 assumes a full re-sign; BIND replaces signatures gradually within signatures-validity - signatures-refresh = %1: check the plan with Dsgn=%1.</source>
        <translation>Dsgn = 0 setzt ein vollständiges Neusignieren voraus; BIND ersetzt Signaturen schrittweise innerhalb von signatures-validity - signatures-refresh = %1: den Plan mit Dsgn=%1 prüfen.</translation>
    </message>
    <message>
        <source>Dreg (%1) is the parent's business: BIND waits for the DS (rndc dnssec -checkds or parental-agents).</source>
        <translation>Dreg (%1) liegt bei der Elternzone: BIND wartet auf den DS (rndc dnssec -checkds oder parental-agents).</translation>
    </message>
    <message>
        <source>Changing the algorithm from %1 to %2 in the policy starts BIND's algorithm rollover.</source>
        <translation>Der Wechsel des Algorithmus von %1 auf %2 in der Policy startet den Algorithmus-Rollover von BIND.</translation>
    </message>
    <message>
        <source>Knot DNS policy for %1 matching the Danewerk plan parameters (knot.conf, Knot 3.2)</source>
        <translation>Knot-DNS-Policy für %1 passend zu den Parametern des Danewerk-Plans (knot.conf, Knot 3.2)</translation>
    </message>
    <message>
        <source>Knot re-signs the whole zone when the signer changes (Dsgn = 0); the plan uses Dsgn = %1.</source>
        <translation>Knot signiert beim Wechsel des Signierers die ganze Zone neu (Dsgn = 0); der Plan verwendet Dsgn = %1.</translation>
    </message>
    <message>
        <source>propagation-delay covers DprpC; parent-delay covers DprpP + TTLds after the new DS is seen.</source>
        <translation>propagation-delay deckt DprpC ab; parent-delay deckt DprpP + TTLds ab, nachdem der neue DS gesehen wurde.</translation>
    </message>
    <message>
        <source>replace with the parent's servers or a validating resolver</source>
        <translation>durch die Server der Elternzone oder einen validierenden Resolver ersetzen</translation>
    </message>
    <message>
        <source>BIND refuses lifetimes below 30 days: start each rollover with rndc dnssec -rollover at the plan's times.</source>
        <translation>BIND lehnt Lebensdauern unter 30 Tagen ab: jeden Rollover zu den Zeiten des Plans mit rndc dnssec -rollover starten.</translation>
    </message>
</context>
<context>
    <name>danewerk::core::RolloverParameters</name>
    <message>
        <source>child propagation delay (to the slowest secondary)</source>
        <translation>Verteilungsverzögerung der Zone (bis zum langsamsten Secondary)</translation>
    </message>
    <message>
        <source>parent propagation delay</source>
        <translation>Verteilungsverzögerung der Elternzone</translation>
    </message>
    <message>
        <source>DNSKEY TTL</source>
        <translation>DNSKEY-TTL</translation>
    </message>
    <message>
        <source>largest TTL of signed data</source>
        <translation>größte TTL signierter Daten</translation>
    </message>
    <message>
        <source>negative TTL (denial records)</source>
        <translation>negative TTL (Negativ-Nachweise)</translation>
    </message>
    <message>
        <source>DS TTL at the parent</source>
        <translation>DS-TTL in der Elternzone</translation>
    </message>
    <message>
        <source>TLSA TTL</source>
        <translation>TLSA-TTL</translation>
    </message>
    <message>
        <source>time for a signer change to reach every RRset (0 for a full re-sign)</source>
        <translation>Zeit, bis ein Signiererwechsel jedes RRset erreicht (0 bei vollständigem Neusignieren)</translation>
    </message>
    <message>
        <source>delay from DS submission to DS published at the parent</source>
        <translation>Verzögerung von der DS-Übermittlung bis zur Veröffentlichung in der Elternzone</translation>
    </message>
    <message>
        <source>extra margin before a new key is used</source>
        <translation>zusätzlicher Puffer, bevor ein neuer Schlüssel benutzt wird</translation>
    </message>
    <message>
        <source>extra margin before an old key is removed</source>
        <translation>zusätzlicher Puffer, bevor ein alter Schlüssel entfernt wird</translation>
    </message>
    <message>
        <source>ZSK lifetime</source>
        <translation>ZSK-Lebensdauer</translation>
    </message>
    <message>
        <source>KSK and CSK lifetime</source>
        <translation>KSK- und CSK-Lebensdauer</translation>
    </message>
    <message>
        <source>unknown parameter %1 (known: %2)</source>
        <translation>unbekannter Parameter %1 (bekannt: %2)</translation>
    </message>
    <message>
        <source>malformed duration "%1" for %2</source>
        <translation>fehlerhafte Dauer "%1" für %2</translation>
    </message>
    <message>
        <source>assume every resolver caps TTLs at this value (unbound 1d, bind 1w)</source>
        <translation>annehmen, dass jeder Resolver TTLs auf diesen Wert begrenzt (unbound 1d, bind 1w)</translation>
    </message>
</context>
<context>
    <name>danewerk::core::RolloverPresets</name>
    <message>
        <source>unknown preset %1 (known: %2)</source>
        <translation>unbekannte Vorgabe %1 (bekannt: %2)</translation>
    </message>
    <message>
        <source>BIND 9.18 default dnssec-policy (gradual re-signing: Dsgn 9d, safety margins 1h)</source>
        <translation>Standard-dnssec-policy von BIND 9.18 (schrittweises Neusignieren: Dsgn 9d, Sicherheitspuffer 1h)</translation>
    </message>
    <message>
        <source>Knot DNS default policy (propagation-delay 1h, full re-sign)</source>
        <translation>Standard-Policy von Knot DNS (propagation-delay 1h, vollständiges Neusignieren)</translation>
    </message>
    <message>
        <source>a parent that scans CDS quickly (Dreg 1h, DprpP 5m, TTLds 1h)</source>
        <translation>eine Elternzone, die CDS schnell abfragt (Dreg 1h, DprpP 5m, TTLds 1h)</translation>
    </message>
    <message>
        <source>a registrar web form (Dreg 24h, DprpP 1h, TTLds 1d)</source>
        <translation>ein Webformular beim Registrar (Dreg 24h, DprpP 1h, TTLds 1d)</translation>
    </message>
    <message>
        <source>minutes instead of days, for workshops</source>
        <translation>Minuten statt Tage, für Workshops</translation>
    </message>
</context>
<context>
    <name>danewerk::core::RolloverQuiz</name>
    <message>
        <source>Earliest safe time for %1?</source>
        <translation>Frühester sicherer Zeitpunkt für %1?</translation>
    </message>
    <message>
        <source>Correct: %1 is the earliest safe time.</source>
        <translation>Richtig: %1 ist der früheste sichere Zeitpunkt.</translation>
    </message>
    <message>
        <source>Too early by %1: the earliest safe time is %2.</source>
        <translation>Um %1 zu früh: der früheste sichere Zeitpunkt ist %2.</translation>
    </message>
    <message>
        <source>Safe, but %1 later than needed: the earliest safe time is %2.</source>
        <translation>Sicher, aber %1 später als nötig: der früheste sichere Zeitpunkt ist %2.</translation>
    </message>
    <message>
        <source>Later than needed by %1, and this late the plan breaks elsewhere: the earliest safe time is %2.</source>
        <translation>Um %1 später als nötig, und so spät bricht der Plan an anderer Stelle: der früheste sichere Zeitpunkt ist %2.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Warum: %1</translation>
    </message>
    <message>
        <source>With the event at %1 the check finds a %2 window [%3, %4) of %5 (%6, %7).</source>
        <translation>Mit dem Ereignis bei %1 findet die Prüfung ein %2-Fenster [%3, %4) von %5 (%6, %7).</translation>
    </message>
    <message>
        <source>Witness: %1 {%2} published %3, on the servers until %4, cached until %5</source>
        <translation>Zeuge: %1 {%2} veröffentlicht %3, auf den Servern bis %4, im Cache bis %5</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
</context>
<context>
    <name>danewerk::core::SafetyChecker</name>
    <message>
        <source>The check assumes that every resolver caps cached TTLs at %1; a resolver without that cap may hold records longer.</source>
        <translation>Die Prüfung nimmt an, dass jeder Resolver TTLs im Cache auf %1 begrenzt; ein Resolver ohne diese Grenze kann Records länger halten.</translation>
    </message>
    <message>
        <source>Remove max_cache_ttl for the worst case.</source>
        <translation>Für den ungünstigsten Fall max_cache_ttl entfernen.</translation>
    </message>
    <message>
        <source>%1 is deployed at %2, only %3 after its TLSA record was published at %4; caches may still hold the old TLSA RRset longer than the exact bound if TTLs are not honoured precisely.</source>
        <translation>%1 wird bei %2 eingesetzt, nur %3 nachdem sein TLSA-Record bei %4 veröffentlicht wurde; Caches können das alte TLSA-RRset länger als die exakte Schranke halten, wenn TTLs nicht genau eingehalten werden.</translation>
    </message>
    <message>
        <source>deploy %1 at &gt;= %2 (%3): at least 2 x TTLtlsa after its TLSA record was published</source>
        <translation>%1 bei &gt;= %2 (%3) einsetzen: mindestens 2 x TTLtlsa nach der Veröffentlichung seines TLSA-Records</translation>
    </message>
</context>
<context>
    <name>danewerk::core::SignatureChecks</name>
    <message>
        <source>RRSIG over %1 (key %2, algorithm %3)</source>
        <translation>RRSIG über %1 (Schlüssel %2, Algorithmus %3)</translation>
    </message>
    <message>
        <source>%1 signs data the zone is not authoritative for (a delegation's NS or glue).</source>
        <translation>%1 signiert Daten, für die die Zone nicht autoritativ ist (NS oder Glue einer Delegation).</translation>
    </message>
    <message>
        <source>Remove the signature; only DS and NSEC are signed at a delegation point.</source>
        <translation>Die Signatur entfernen; an einem Delegationspunkt werden nur DS und NSEC signiert.</translation>
    </message>
    <message>
        <source>%1: no DNSKEY at the apex has this key tag and algorithm.</source>
        <translation>%1: kein DNSKEY am Apex hat dieses Schlüssel-Tag und diesen Algorithmus.</translation>
    </message>
    <message>
        <source>Publish the signing key in the DNSKEY RRset or re-sign with a published key.</source>
        <translation>Den signierenden Schlüssel im DNSKEY-RRset veröffentlichen oder mit einem veröffentlichten Schlüssel neu signieren.</translation>
    </message>
    <message>
        <source>the RRSIG record is malformed</source>
        <translation>der RRSIG-Record ist fehlerhaft</translation>
    </message>
    <message>
        <source>there is no such RRset at this name</source>
        <translation>unter diesem Namen gibt es kein solches RRset</translation>
    </message>
    <message>
        <source>the algorithm is not supported</source>
        <translation>der Algorithmus wird nicht unterstützt</translation>
    </message>
    <message>
        <source>the signature does not verify</source>
        <translation>die Signatur lässt sich nicht bestätigen</translation>
    </message>
    <message>
        <source>%1 is invalid: %2.</source>
        <translation>%1 ist ungültig: %2.</translation>
    </message>
    <message>
        <source>Re-sign the zone (the data changed after signing, or the signature is damaged).</source>
        <translation>Die Zone neu signieren (die Daten wurden nach dem Signieren geändert, oder die Signatur ist beschädigt).</translation>
    </message>
    <message>
        <source>%1 expired at %2.</source>
        <translation>%1 ist am %2 abgelaufen.</translation>
    </message>
    <message>
        <source>Re-sign the zone now and automate re-signing well before expiry.</source>
        <translation>Die Zone sofort neu signieren und das Nachsignieren lange vor dem Ablauf automatisieren.</translation>
    </message>
    <message>
        <source>%1 becomes valid only at %2.</source>
        <translation>%1 wird erst am %2 gültig.</translation>
    </message>
    <message>
        <source>Check the signer's clock; sign with an inception in the past (e.g. one hour ago).</source>
        <translation>Die Uhr des Signierers prüfen; mit einem Gültigkeitsbeginn in der Vergangenheit signieren (z. B. vor einer Stunde).</translation>
    </message>
    <message>
        <source>%1 expires at %2, in %3.</source>
        <translation>%1 läuft am %2 ab, in %3.</translation>
    </message>
    <message>
        <source>Re-sign the zone before the signatures expire.</source>
        <translation>Die Zone neu signieren, bevor die Signaturen ablaufen.</translation>
    </message>
    <message>
        <source>%1: the TTL of the RRset or the RRSIG exceeds the signature's original TTL.</source>
        <translation>%1: die TTL des RRsets oder des RRSIG übersteigt die ursprüngliche TTL der Signatur.</translation>
    </message>
    <message>
        <source>Re-sign after changing TTLs, or restore the signed TTL.</source>
        <translation>Nach TTL-Änderungen neu signieren oder die signierte TTL wiederherstellen.</translation>
    </message>
    <message>
        <source>%1 is valid for %2, more than 180 days: replayed old data stays valid as long.</source>
        <translation>%1 ist %2 gültig, mehr als 180 Tage: wieder eingespielte alte Daten bleiben so lange gültig.</translation>
    </message>
    <message>
        <source>Sign with a validity period of a few weeks.</source>
        <translation>Mit einer Gültigkeit von einigen Wochen signieren.</translation>
    </message>
    <message>
        <source>%1 is valid for only %2, less than 12 hours: clock skew and caching break it.</source>
        <translation>%1 ist nur %2 gültig, weniger als 12 Stunden: Uhrabweichungen und Caching machen sie zunichte.</translation>
    </message>
    <message>
        <source>Sign with a validity period of days to weeks.</source>
        <translation>Mit einer Gültigkeit von Tagen bis Wochen signieren.</translation>
    </message>
    <message>
        <source>The %1 RRset at %2 has no signature.</source>
        <translation>Das %1-RRset bei %2 hat keine Signatur.</translation>
    </message>
    <message>
        <source>Re-sign the zone so that every authoritative RRset is signed.</source>
        <translation>Die Zone so neu signieren, dass jedes autoritative RRset signiert ist.</translation>
    </message>
    <message>
        <source>The %1 RRset at %2 has no signature by algorithm %3 (%4), which is in the DNSKEY RRset.</source>
        <translation>Das %1-RRset bei %2 hat keine Signatur mit Algorithmus %3 (%4), der im DNSKEY-RRset steht.</translation>
    </message>
    <message>
        <source>Sign every RRset with every algorithm in the DNSKEY RRset, or remove the algorithm's keys (an algorithm rollover adds signatures before keys).</source>
        <translation>Jedes RRset mit jedem Algorithmus des DNSKEY-RRsets signieren oder die Schlüssel des Algorithmus entfernen (ein Algorithmuswechsel fügt Signaturen vor Schlüsseln hinzu).</translation>
    </message>
</context>
<context>
    <name>danewerk::core::SmtpTestServer</name>
    <message>
        <source>Cannot load the certificate chain or key %1.</source>
        <translation>Die Zertifikatskette oder der Schlüssel %1 kann nicht geladen werden.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Kann nicht auf %1 Port %2 lauschen: %3</translation>
    </message>
</context>
<context>
    <name>danewerk::core::TlsaAssessment</name>
    <message>
        <source>PKIX-TA(0) and PKIX-EE(1) records are unusable for SMTP: DANE senders ignore them.</source>
        <translation>PKIX-TA(0)- und PKIX-EE(1)-Records sind für SMTP unbrauchbar: DANE-Absender ignorieren sie.</translation>
    </message>
    <message>
        <source>Publish DANE-EE(3) or DANE-TA(2) records instead (3 1 1 recommended).</source>
        <translation>Stattdessen DANE-EE(3)- oder DANE-TA(2)-Records veröffentlichen (3 1 1 empfohlen).</translation>
    </message>
    <message>
        <source>Some TLSA records have unknown parameters or a digest of the wrong length.</source>
        <translation>Einige TLSA-Records haben unbekannte Parameter oder einen Digest falscher Länge.</translation>
    </message>
    <message>
        <source>Regenerate the records from the certificate (danewerk-cli tlsa create).</source>
        <translation>Die Records neu aus dem Zertifikat erzeugen (danewerk-cli tlsa create).</translation>
    </message>
    <message>
        <source>None of the %1 TLSA records is usable: senders require TLS but cannot authenticate.</source>
        <translation>Keiner der %1 TLSA-Records ist verwendbar: Absender verlangen TLS, können aber nicht authentifizieren.</translation>
    </message>
    <message>
        <source>Publish a 3 1 1 record for the server's key.</source>
        <translation>Einen Record 3 1 1 für den Schlüssel des Servers veröffentlichen.</translation>
    </message>
    <message>
        <source>%1 usable of %2 TLSA records.</source>
        <translation>%1 von %2 TLSA-Records verwendbar.</translation>
    </message>
    <message>
        <source>Remove the unusable records.</source>
        <translation>Die unbrauchbaren Records entfernen.</translation>
    </message>
    <message>
        <source>Only one usable TLSA record: a key or certificate change breaks mail delivery.</source>
        <translation>Nur ein verwendbarer TLSA-Record: ein Schlüssel- oder Zertifikatswechsel unterbricht die Mailzustellung.</translation>
    </message>
    <message>
        <source>Publish a second record for the next key (current + next), or a 2 1 1 record for the issuing CA.</source>
        <translation>Einen zweiten Record für den nächsten Schlüssel veröffentlichen (aktuell + nächster) oder einen Record 2 1 1 für die ausstellende CA.</translation>
    </message>
    <message>
        <source>Two TLSA records carry the same data: the "next" record is the current key.</source>
        <translation>Zwei TLSA-Records tragen dieselben Daten: der „nächste“ Record ist der aktuelle Schlüssel.</translation>
    </message>
    <message>
        <source>Publish the digest of the next key instead.</source>
        <translation>Stattdessen den Digest des nächsten Schlüssels veröffentlichen.</translation>
    </message>
    <message>
        <source>Full(0) records hold whole certificates or keys: large answers, fragile.</source>
        <translation>Full(0)-Records enthalten ganze Zertifikate oder Schlüssel: große Antworten, störanfällig.</translation>
    </message>
    <message>
        <source>Use SHA2-256(1) instead.</source>
        <translation>Stattdessen SHA2-256(1) verwenden.</translation>
    </message>
    <message>
        <source>3 0 x records change with every certificate renewal, even when the key stays.</source>
        <translation>Records 3 0 x ändern sich mit jeder Zertifikatserneuerung, auch wenn der Schlüssel bleibt.</translation>
    </message>
    <message>
        <source>Prefer 3 1 1 (the public key).</source>
        <translation>3 1 1 (den öffentlichen Schlüssel) bevorzugen.</translation>
    </message>
    <message>
        <source>A matching record is ignored because a stronger digest for the same usage and selector does not match (digest agility).</source>
        <translation>Ein passender Record wird ignoriert, weil ein stärkerer Digest für dieselbe Verwendung und denselben Selektor nicht passt (Digest-Agilität).</translation>
    </message>
    <message>
        <source>Fix or remove the non-matching record with the stronger matching type (e.g. 3 1 2).</source>
        <translation>Den nicht passenden Record mit dem stärkeren Matching-Typ korrigieren oder entfernen (z. B. 3 1 2).</translation>
    </message>
    <message>
        <source>No %1 record matches the presented chain: every combination published should match.</source>
        <translation>Kein Record %1 passt zur vorgelegten Kette: jede veröffentlichte Kombination sollte passen.</translation>
    </message>
    <message>
        <source>Update or remove the stale %1 records.</source>
        <translation>Die veralteten Records %1 aktualisieren oder entfernen.</translation>
    </message>
    <message>
        <source>A DANE-TA(2) record matches the leaf certificate itself.</source>
        <translation>Ein DANE-TA(2)-Record passt zum Endzertifikat selbst.</translation>
    </message>
    <message>
        <source>Use DANE-EE(3) for the server's own key.</source>
        <translation>Für den eigenen Schlüssel des Servers DANE-EE(3) verwenden.</translation>
    </message>
    <message>
        <source>The DANE-TA(2) record matches the certificate at depth %1, not the leaf's issuer.</source>
        <translation>Der DANE-TA(2)-Record passt zum Zertifikat in Tiefe %1, nicht zum Aussteller des Endzertifikats.</translation>
    </message>
    <message>
        <source>Pin the issuing CA of the server certificate (depth 1).</source>
        <translation>Die ausstellende CA des Serverzertifikats festlegen (Tiefe 1).</translation>
    </message>
    <message>
        <source>The DANE-TA(2) record pins %1, an intermediate of a public CA that rotates its intermediates.</source>
        <translation>Der DANE-TA(2)-Record legt %1 fest, ein Zwischenzertifikat einer öffentlichen CA, die ihre Zwischenzertifikate wechselt.</translation>
    </message>
    <message>
        <source>Publish 3 1 1 for the server key (with a record for the next key) instead.</source>
        <translation>Stattdessen 3 1 1 für den Serverschlüssel veröffentlichen (mit einem Record für den nächsten Schlüssel).</translation>
    </message>
    <message>
        <source>3 0 x records pin a certificate that lives only %1 days: every renewal breaks them.</source>
        <translation>Records 3 0 x legen ein Zertifikat fest, das nur %1 Tage gilt: jede Erneuerung bricht sie.</translation>
    </message>
    <message>
        <source>Publish 3 1 1 (the key survives renewals).</source>
        <translation>3 1 1 veröffentlichen (der Schlüssel überdauert Erneuerungen).</translation>
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
        <translation>
            <numerusform>der %n TLSA-Record ist unbrauchbar, DANE kann den Server also nicht authentifizieren</numerusform>
            <numerusform>keiner der %n TLSA-Records ist brauchbar, DANE kann den Server also nicht authentifizieren</numerusform>
        </translation>
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
        <translation>
            <numerusform>erwartet "Usage Selector Matching-Type Daten", gefunden %n Feld</numerusform>
            <numerusform>erwartet "Usage Selector Matching-Type Daten", gefunden %n Felder</numerusform>
        </translation>
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
    <name>danewerk::core::ValidationTrustAnchors</name>
    <message>
        <source>Cannot read the trust anchor: %1</source>
        <translation>Der Vertrauensanker kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The file holds no DS or DNSKEY record.</source>
        <translation>Die Datei enthält keinen DS- oder DNSKEY-Record.</translation>
    </message>
</context>
<context>
    <name>danewerk::core::WorkshopLab</name>
    <message>
        <source>The lab binds ports 53 and 25 and runs Postfix, which needs root. Run it as root, or use --unprivileged (high ports, Danewerk's own STARTTLS server instead of Postfix).</source>
        <translation>Das Labor bindet die Ports 53 und 25 und betreibt Postfix, was Root-Rechte braucht. Starten Sie es als root oder mit --unprivileged (hohe Ports, Danewerks eigener STARTTLS-Server statt Postfix).</translation>
    </message>
    <message>
        <source>The lab needs these programs, which are not installed: %1 (Debian packages nsd, unbound, knot, postfix).</source>
        <translation>Das Labor braucht diese Programme, die nicht installiert sind: %1 (Debian-Pakete nsd, unbound, knot, postfix).</translation>
    </message>
    <message>
        <source>The lab's addresses are not free:
%1
Stop that process or choose another --base.</source>
        <translation>Die Adressen des Labors sind nicht frei:
%1
Beenden Sie diesen Prozess oder wählen Sie eine andere --base.</translation>
    </message>
    <message>
        <source>%1 stopped while starting. Its log (%2) ends with:
%3</source>
        <translation>%1 hat sich beim Start beendet. Sein Protokoll (%2) endet mit:
%3</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s (%3). Its log (%4) ends with:
%5</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet (%3). Sein Protokoll (%4) endet mit:
%5</translation>
    </message>
    <message>
        <source>Stopping %1 (PID %2)</source>
        <translation>Beende %1 (PID %2)</translation>
    </message>
    <message>
        <source>No lab is running in %1.</source>
        <translation>In %1 läuft kein Labor.</translation>
    </message>
    <message>
        <source>Zone files re-read; resolver cache emptied.</source>
        <translation>Zonendateien neu gelesen; Resolver-Cache geleert.</translation>
    </message>
    <message>
        <source>There is no scenario "%1".</source>
        <translation>Es gibt kein Szenario „%1“.</translation>
    </message>
    <message>
        <source>Scenario %1 restored.</source>
        <translation>Szenario %1 wiederhergestellt.</translation>
    </message>
    <message>
        <source>Stopping what is left of the previous lab.</source>
        <translation>Beende, was vom vorigen Labor noch läuft.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 lässt sich nicht anlegen.</translation>
    </message>
    <message>
        <source>Making keys, certificates and signed zones (signer: %1)…</source>
        <translation>Erzeuge Schlüssel, Zertifikate und signierte Zonen (Signierer: %1)…</translation>
    </message>
    <message>
        <source>Started %1 (PID %2)</source>
        <translation>%1 gestartet (PID %2)</translation>
    </message>
    <message>
        <source>This machine has no IPv6 loopback address (::1): the IPv6 mail server is left out.</source>
        <translation>Diese Maschine hat keine IPv6-Loopback-Adresse (::1): der IPv6-Mailserver entfällt.</translation>
    </message>
    <message>
        <source>Unprivileged mode: Danewerk's own STARTTLS test server stands in for Postfix.</source>
        <translation>Unprivilegierter Modus: Danewerks eigener STARTTLS-Testserver vertritt Postfix.</translation>
    </message>
    <message>
        <source>No SMTP server program was given.</source>
        <translation>Es wurde kein SMTP-Serverprogramm angegeben.</translation>
    </message>
</context>
<context>
    <name>danewerk::core::ZoneChainGraph</name>
    <message>
        <source>NSEC3 chain</source>
        <translation>NSEC3-Kette</translation>
    </message>
    <message>
        <source>NSEC chain</source>
        <translation>NSEC-Kette</translation>
    </message>
    <message numerus="yes">
        <source>DS for %n child zone(s)</source>
        <translation>
            <numerusform>DS für %n Unterzone</numerusform>
            <numerusform>DS für %n Unterzonen</numerusform>
        </translation>
    </message>
    <message>
        <source>DNSKEY RRset</source>
        <translation>DNSKEY-RRset</translation>
    </message>
</context>
<context>
    <name>danewerk::core::ZoneLoader</name>
    <message>
        <source>relative name without an origin</source>
        <translation>relativer Name ohne Ursprung</translation>
    </message>
    <message>
        <source>cannot encode the RDATA</source>
        <translation>RDATA lassen sich nicht kodieren</translation>
    </message>
    <message>
        <source>RDATA longer than 65535 octets</source>
        <translation>RDATA länger als 65535 Oktette</translation>
    </message>
    <message>
        <source>missing RDATA field after '%1'</source>
        <translation>fehlendes RDATA-Feld nach '%1'</translation>
    </message>
    <message>
        <source>unexpected text '%1' after the RDATA</source>
        <translation>unerwarteter Text '%1' nach den RDATA</translation>
    </message>
    <message>
        <source>bad number '%1'</source>
        <translation>ungültige Zahl '%1'</translation>
    </message>
    <message>
        <source>bad time value '%1'</source>
        <translation>ungültige Zeitangabe '%1'</translation>
    </message>
    <message>
        <source>relative name '%1' without an origin</source>
        <translation>relativer Name '%1' ohne Ursprung</translation>
    </message>
    <message>
        <source>bad domain name '%1'</source>
        <translation>ungültiger Domainname '%1'</translation>
    </message>
    <message>
        <source>bad IPv4 address '%1'</source>
        <translation>ungültige IPv4-Adresse '%1'</translation>
    </message>
    <message>
        <source>bad IPv6 address '%1'</source>
        <translation>ungültige IPv6-Adresse '%1'</translation>
    </message>
    <message>
        <source>missing hex data after '%1'</source>
        <translation>fehlende Hex-Daten nach '%1'</translation>
    </message>
    <message>
        <source>bad hex '%1'</source>
        <translation>ungültiges Hex '%1'</translation>
    </message>
    <message>
        <source>bad hex '%1': odd number of digits</source>
        <translation>ungültiges Hex '%1': ungerade Anzahl von Ziffern</translation>
    </message>
    <message>
        <source>missing base64 data after '%1'</source>
        <translation>fehlende Base64-Daten nach '%1'</translation>
    </message>
    <message>
        <source>bad base64 '%1'</source>
        <translation>ungültiges Base64 '%1'</translation>
    </message>
    <message>
        <source>bad base64 '%1': wrong length</source>
        <translation>ungültiges Base64 '%1': falsche Länge</translation>
    </message>
    <message>
        <source>bad base32hex '%1'</source>
        <translation>ungültiges Base32hex '%1'</translation>
    </message>
    <message>
        <source>unknown type '%1' in the type bitmap</source>
        <translation>unbekannter Typ '%1' in der Typ-Bitmap</translation>
    </message>
    <message>
        <source>bad signature time '%1'</source>
        <translation>ungültige Signaturzeit '%1'</translation>
    </message>
    <message>
        <source>unknown type '%1'</source>
        <translation>unbekannter Typ '%1'</translation>
    </message>
    <message>
        <source>missing text after '%1'</source>
        <translation>fehlender Text nach '%1'</translation>
    </message>
    <message>
        <source>bad escape in '%1'</source>
        <translation>ungültige Escape-Sequenz in '%1'</translation>
    </message>
    <message>
        <source>text longer than 255 octets: '%1'</source>
        <translation>Text länger als 255 Oktette: '%1'</translation>
    </message>
    <message>
        <source>bad CAA tag '%1'</source>
        <translation>ungültiges CAA-Tag '%1'</translation>
    </message>
    <message>
        <source>Loading the zone was cancelled.</source>
        <translation>Das Laden der Zone wurde abgebrochen.</translation>
    </message>
    <message>
        <source>$ORIGIN needs exactly one domain name</source>
        <translation>$ORIGIN braucht genau einen Domainnamen</translation>
    </message>
    <message>
        <source>$TTL needs exactly one TTL</source>
        <translation>$TTL braucht genau eine TTL</translation>
    </message>
    <message>
        <source>bad TTL '%1'</source>
        <translation>ungültige TTL '%1'</translation>
    </message>
    <message>
        <source>unknown directive '%1'</source>
        <translation>unbekannte Direktive '%1'</translation>
    </message>
    <message>
        <source>$INCLUDE needs a file name and optionally an origin</source>
        <translation>$INCLUDE braucht einen Dateinamen und optional einen Ursprung</translation>
    </message>
    <message>
        <source>cannot open included file '%1': %2</source>
        <translation>eingebundene Datei '%1' lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>$INCLUDE loop: %1</source>
        <translation>$INCLUDE-Schleife: %1</translation>
    </message>
    <message>
        <source>$INCLUDE nested deeper than %1 files</source>
        <translation>$INCLUDE tiefer als %1 Dateien verschachtelt</translation>
    </message>
    <message>
        <source>record without an owner name and no previous owner</source>
        <translation>Eintrag ohne Besitzernamen und ohne vorherigen Besitzer</translation>
    </message>
    <message>
        <source>relative name '%1' without an origin ($ORIGIN or --origin)</source>
        <translation>relativer Name '%1' ohne Ursprung ($ORIGIN oder --origin)</translation>
    </message>
    <message>
        <source>bad owner name '%1'</source>
        <translation>ungültiger Besitzername '%1'</translation>
    </message>
    <message>
        <source>record without a type</source>
        <translation>Eintrag ohne Typ</translation>
    </message>
    <message>
        <source>bad RDATA length after \#</source>
        <translation>ungültige RDATA-Länge nach \#</translation>
    </message>
    <message>
        <source>bad RDATA length '%1' after \#</source>
        <translation>ungültige RDATA-Länge '%1' nach \#</translation>
    </message>
    <message>
        <source>\# announces %1 octets but %2 follow</source>
        <translation>\# kündigt %1 Oktette an, es folgen aber %2</translation>
    </message>
    <message>
        <source>bad %1 data '%2': %3</source>
        <translation>ungültige %1-Daten '%2': %3</translation>
    </message>
    <message>
        <source>Cannot read the zone file: %1</source>
        <translation>Die Zonendatei lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>unbalanced parenthesis ')'</source>
        <translation>unausgeglichene Klammer ')'</translation>
    </message>
    <message>
        <source>unterminated parenthesis '('</source>
        <translation>nicht geschlossene Klammer '('</translation>
    </message>
    <message>
        <source>more than %1 included files</source>
        <translation>mehr als %1 eingebundene Dateien</translation>
    </message>
    <message>
        <source>the zone's RDATA exceed 4 GiB</source>
        <translation>die RDATA der Zone überschreiten 4 GiB</translation>
    </message>
    <message>
        <source>unterminated quoted string "%1</source>
        <translation>nicht abgeschlossene Zeichenkette "%1</translation>
    </message>
</context>
<context>
    <name>danewerk::core::ZoneSigner</name>
    <message>
        <source>Signing needs at least one key.</source>
        <translation>Zum Signieren ist mindestens ein Schlüssel nötig.</translation>
    </message>
    <message>
        <source>Key %1 has no private key and cannot sign.</source>
        <translation>Schlüssel %1 hat keinen privaten Schlüssel und kann nicht signieren.</translation>
    </message>
    <message>
        <source>Key %1 belongs to %2, not to %3.</source>
        <translation>Schlüssel %1 gehört zu %2, nicht zu %3.</translation>
    </message>
    <message>
        <source>The signature validity window is empty: the expiration must follow the inception.</source>
        <translation>Das Gültigkeitsfenster der Signaturen ist leer: der Ablauf muss nach dem Beginn liegen.</translation>
    </message>
    <message>
        <source>NSEC3 iterations or salt out of range.</source>
        <translation>NSEC3-Iterationen oder -Salt außerhalb des zulässigen Bereichs.</translation>
    </message>
    <message>
        <source>The zone has no records at its apex.</source>
        <translation>Die Zone hat keine Records an ihrem Apex.</translation>
    </message>
    <message>
        <source>The zone has no SOA record.</source>
        <translation>Die Zone hat keinen SOA-Record.</translation>
    </message>
</context>
<context>
    <name>danewerk::core::ZoneStructureChecks</name>
    <message>
        <source>The zone %1 has no SOA record at its apex.</source>
        <translation>Die Zone %1 hat keinen SOA-Eintrag an ihrer Spitze.</translation>
    </message>
    <message>
        <source>Add exactly one SOA record at the zone apex.</source>
        <translation>Legen Sie genau einen SOA-Eintrag an der Zonenspitze an.</translation>
    </message>
    <message>
        <source>The zone %1 has no NS records at its apex.</source>
        <translation>Die Zone %1 hat keine NS-Einträge an ihrer Spitze.</translation>
    </message>
    <message>
        <source>Add NS records at the apex naming the zone's authoritative servers.</source>
        <translation>Legen Sie an der Zonenspitze NS-Einträge für die autoritativen Server der Zone an.</translation>
    </message>
    <message>
        <source>%1 lies outside the zone %2.</source>
        <translation>%1 liegt außerhalb der Zone %2.</translation>
    </message>
    <message>
        <source>Remove the record or move it to the zone it belongs to.</source>
        <translation>Entfernen Sie den Eintrag oder verschieben Sie ihn in die Zone, zu der er gehört.</translation>
    </message>
    <message>
        <source>SOA record at %1, which is not the zone apex %2.</source>
        <translation>SOA-Eintrag bei %1, das nicht die Zonenspitze %2 ist.</translation>
    </message>
    <message>
        <source>More than one SOA record at the zone apex.</source>
        <translation>Mehr als ein SOA-Eintrag an der Zonenspitze.</translation>
    </message>
    <message>
        <source>Keep exactly one SOA record, at the apex.</source>
        <translation>Behalten Sie genau einen SOA-Eintrag, an der Zonenspitze.</translation>
    </message>
    <message>
        <source>The TLSA record is truncated.</source>
        <translation>Der TLSA-Eintrag ist abgeschnitten.</translation>
    </message>
    <message>
        <source>Regenerate the TLSA record from the certificate.</source>
        <translation>Erzeugen Sie den TLSA-Eintrag neu aus dem Zertifikat.</translation>
    </message>
    <message>
        <source>unknown certificate usage %1</source>
        <translation>unbekannte Zertifikatsverwendung %1</translation>
    </message>
    <message>
        <source>unknown selector %1</source>
        <translation>unbekannter Selektor %1</translation>
    </message>
    <message>
        <source>unknown matching type %1</source>
        <translation>unbekannter Abgleichstyp %1</translation>
    </message>
    <message>
        <source>a SHA-256 digest has 32 octets, this one %1</source>
        <translation>ein SHA-256-Hash hat 32 Oktette, dieser %1</translation>
    </message>
    <message>
        <source>a SHA-512 digest has 64 octets, this one %1</source>
        <translation>ein SHA-512-Hash hat 64 Oktette, dieser %1</translation>
    </message>
    <message>
        <source>no certificate association data</source>
        <translation>keine Zertifikatszuordnungsdaten</translation>
    </message>
    <message>
        <source>Malformed TLSA record: %1.</source>
        <translation>Fehlerhafter TLSA-Eintrag: %1.</translation>
    </message>
    <message>
        <source>TLSA usage %1 (%2) at an SMTP server: SMTP clients treat it as unusable.</source>
        <translation>TLSA-Verwendung %1 (%2) bei einem SMTP-Server: SMTP-Clients behandeln sie als unbrauchbar.</translation>
    </message>
    <message>
        <source>Use DANE-EE (3) or DANE-TA (2) for SMTP.</source>
        <translation>Verwenden Sie für SMTP DANE-EE (3) oder DANE-TA (2).</translation>
    </message>
    <message>
        <source>Identical record already at %1:%2; servers keep only one.</source>
        <translation>Identischer Eintrag bereits bei %1:%2; Server behalten nur einen.</translation>
    </message>
    <message>
        <source>Remove the duplicate record.</source>
        <translation>Entfernen Sie den doppelten Eintrag.</translation>
    </message>
    <message>
        <source>The records of this RRset have different TTLs (%1 and %2).</source>
        <translation>Die Einträge dieses RRsets haben unterschiedliche TTLs (%1 und %2).</translation>
    </message>
    <message>
        <source>Give every record of the RRset the same TTL.</source>
        <translation>Geben Sie allen Einträgen des RRsets dieselbe TTL.</translation>
    </message>
    <message>
        <source>Only one TLSA record: there is no record for the next key or certificate.</source>
        <translation>Nur ein TLSA-Eintrag: Es gibt keinen Eintrag für den nächsten Schlüssel oder das nächste Zertifikat.</translation>
    </message>
    <message>
        <source>Publish a TLSA record for the next key before you change certificates ("current + next").</source>
        <translation>Veröffentlichen Sie einen TLSA-Eintrag für den nächsten Schlüssel, bevor Sie das Zertifikat wechseln ("aktuell + nächster").</translation>
    </message>
    <message>
        <source>The name server %1 lies inside the zone but has no A or AAAA record.</source>
        <translation>Der Nameserver %1 liegt in der Zone, hat aber keinen A- oder AAAA-Eintrag.</translation>
    </message>
    <message>
        <source>Add A and/or AAAA records for %1.</source>
        <translation>Legen Sie A- und/oder AAAA-Einträge für %1 an.</translation>
    </message>
    <message>
        <source>a second CNAME</source>
        <translation>ein zweiter CNAME</translation>
    </message>
    <message>
        <source>%1 has a CNAME and other data (%2).</source>
        <translation>%1 hat einen CNAME und weitere Daten (%2).</translation>
    </message>
    <message>
        <source>Keep either the CNAME or the other records at this name.</source>
        <translation>Behalten Sie an diesem Namen entweder den CNAME oder die übrigen Einträge.</translation>
    </message>
    <message>
        <source>CNAME loop: %1.</source>
        <translation>CNAME-Schleife: %1.</translation>
    </message>
    <message>
        <source>Point one of the CNAMEs at a name with data.</source>
        <translation>Lassen Sie einen der CNAMEs auf einen Namen mit Daten zeigen.</translation>
    </message>
    <message>
        <source>Identical record already on line %1; servers keep only one.</source>
        <translation>Identischer Eintrag bereits in Zeile %1; Server behalten nur einen.</translation>
    </message>
    <message>
        <source>The certificate for %1 cannot be checked: %2</source>
        <translation>Das Zertifikat für %1 lässt sich nicht prüfen: %2</translation>
    </message>
    <message>
        <source>Give a readable certificate, chain, key or request in PEM or DER.</source>
        <translation>Geben Sie ein lesbares Zertifikat, eine Kette, einen Schlüssel oder eine Anfrage in PEM oder DER an.</translation>
    </message>
    <message>
        <source>There are no TLSA records at %1 to match the certificate %2.</source>
        <translation>Bei %1 gibt es keine TLSA-Einträge, mit denen das Zertifikat %2 abgeglichen werden könnte.</translation>
    </message>
    <message>
        <source>Publish a TLSA record for the certificate (e.g. 3 1 1) at %1.</source>
        <translation>Veröffentlichen Sie bei %1 einen TLSA-Eintrag für das Zertifikat (z. B. 3 1 1).</translation>
    </message>
    <message>
        <source>The certificate %1 matches no usable TLSA record at %2 (%3).</source>
        <translation>Das Zertifikat %1 passt zu keinem brauchbaren TLSA-Eintrag bei %2 (%3).</translation>
    </message>
    <message>
        <source>Publish a TLSA record for this certificate (e.g. 3 1 1) before it is installed.</source>
        <translation>Veröffentlichen Sie einen TLSA-Eintrag für dieses Zertifikat (z. B. 3 1 1), bevor es installiert wird.</translation>
    </message>
</context>
<context>
    <name>danewerk::core::ZoneValidator</name>
    <message>
        <source>The zone has both NSEC and NSEC3 records; validators use one chain.</source>
        <translation>Die Zone hat NSEC- und NSEC3-Records; Validatoren verwenden eine Kette.</translation>
    </message>
    <message>
        <source>Re-sign the zone with either NSEC or NSEC3 and remove the other chain.</source>
        <translation>Die Zone entweder mit NSEC oder mit NSEC3 neu signieren und die andere Kette entfernen.</translation>
    </message>
    <message>
        <source>%1 holds no DS record.</source>
        <translation>%1 enthält keinen DS-Record.</translation>
    </message>
</context>
<context>
    <name>danewerk::render::DiagramExport</name>
    <message>
        <source>%1: cannot encode PNG</source>
        <translation>%1: PNG kann nicht kodiert werden</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>danewerk::render::DiagramPainter</name>
    <message>
        <source>. (root zone)</source>
        <translation>. (Root-Zone)</translation>
    </message>
    <message>
        <source>zone %1 · %2</source>
        <translation>Zone %1 · %2</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>passt</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
</context>
<context>
    <name>danewerk::render::DiagramStyle</name>
    <message>
        <source>secure / authenticated</source>
        <translation>sicher / authentifiziert</translation>
    </message>
    <message>
        <source>insecure / not applicable</source>
        <translation>unsicher / nicht anwendbar</translation>
    </message>
    <message>
        <source>bogus / failed</source>
        <translation>bogus / fehlgeschlagen</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>indeterminate / unresolved</source>
        <translation>unbestimmt / nicht aufgelöst</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>presented</source>
        <translation>vorgelegt</translation>
    </message>
</context>
<context>
    <name>danewerk::ui::CheckEmptyState</name>
    <message>
        <source>No domain checked yet</source>
        <translation>Noch keine Domain geprüft</translation>
    </message>
    <message>
        <source>Type one or more mail domains in the field above, e.g. example.org, example.net, and press Check (or Enter). Several domains are checked at once; Cancel stops them.</source>
        <translation>Geben Sie oben eine oder mehrere Mail-Domains ein, z. B. example.org, example.net, und drücken Sie „Prüfen“ (oder Enter). Mehrere Domains werden gleichzeitig geprüft; „Abbrechen“ hält sie an.</translation>
    </message>
    <message>
        <source>Checking the workshop lab? Choose the "Workshop lab" preset: it takes the resolver, trust anchor and SMTP port of the lab running on this machine (start it on the Lab page), then check good.test or any other scenario domain.</source>
        <translation>Sie prüfen das Workshop-Labor? Wählen Sie die Vorgabe „Workshop-Labor“: Sie übernimmt Resolver, Vertrauensanker und SMTP-Port des Labors auf diesem Rechner (starten Sie es auf der Seite „Labor“) – dann prüfen Sie good.test oder eine andere Szenario-Domain.</translation>
    </message>
    <message>
        <source>Or open a run saved with "danewerk-cli check --save DIR" to re-assess it offline.</source>
        <translation>Oder öffnen Sie einen mit „danewerk-cli check --save DIR“ gespeicherten Lauf, um ihn offline neu zu bewerten.</translation>
    </message>
    <message>
        <source>What the picture will show, per domain:</source>
        <translation>Was das Bild je Domain zeigen wird:</translation>
    </message>
    <message>
        <source>trust anchor</source>
        <translation>Vertrauensanker</translation>
    </message>
    <message>
        <source>zones: DS, DNSKEY</source>
        <translation>Zonen: DS, DNSKEY</translation>
    </message>
    <message>
        <source>MX, A, AAAA, TLSA</source>
        <translation>MX, A, AAAA, TLSA</translation>
    </message>
    <message>
        <source>MX hosts</source>
        <translation>MX-Hosts</translation>
    </message>
    <message>
        <source>addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>TLSA match</source>
        <translation>TLSA-Treffer</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Each node shows its status by colour, line style and icon, so the picture also reads in greyscale. Click a node for its records and findings; export the picture as SVG or PNG.</source>
        <translation>Jeder Knoten zeigt seinen Status durch Farbe, Linienart und Symbol, so ist das Bild auch in Graustufen lesbar. Klicken Sie auf einen Knoten für seine Records und Befunde; exportieren Sie das Bild als SVG oder PNG.</translation>
    </message>
    <message>
        <source>Use the workshop lab</source>
        <translation>Workshop-Labor verwenden</translation>
    </message>
    <message>
        <source>Open saved run…</source>
        <translation>Gespeicherten Lauf öffnen…</translation>
    </message>
    <message>
        <source>No workshop lab runs on this machine right now: start one on the Lab page (or with "danewerk-cli lab up") to check its scenario domains.</source>
        <translation>Auf diesem Rechner läuft gerade kein Workshop-Labor: Starten Sie eines auf der Seite „Labor“ (oder mit „danewerk-cli lab up“), um seine Szenario-Domains zu prüfen.</translation>
    </message>
    <message>
        <source>A workshop lab is running (resolver %1).</source>
        <translation>Ein Workshop-Labor läuft (Resolver %1).</translation>
    </message>
</context>
<context>
    <name>danewerk::ui::CheckNodeDetails</name>
    <message>
        <source>fix: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>from:</source>
        <translation>von:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>nach:</translation>
    </message>
    <message>
        <source>TLSA at _25._tcp.%1 (%2):</source>
        <translation>TLSA bei _25._tcp.%1 (%2):</translation>
    </message>
    <message>
        <source>usable</source>
        <translation>verwendbar</translation>
    </message>
    <message>
        <source>unusable</source>
        <translation>unbrauchbar</translation>
    </message>
    <message>
        <source>STARTTLS: %1</source>
        <translation>STARTTLS: %1</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>angeboten</translation>
    </message>
    <message>
        <source>not offered</source>
        <translation>nicht angeboten</translation>
    </message>
    <message>
        <source>TLS: %1 %2</source>
        <translation>TLS: %1 %2</translation>
    </message>
    <message>
        <source>depth %1</source>
        <translation>Tiefe %1</translation>
    </message>
    <message>
        <source>  subject: %1</source>
        <translation>  Subject: %1</translation>
    </message>
    <message>
        <source>  issuer: %1</source>
        <translation>  Aussteller: %1</translation>
    </message>
    <message>
        <source>  not after: %1</source>
        <translation>  gültig bis: %1</translation>
    </message>
    <message>
        <source>  presented by %1 (%2)</source>
        <translation>  vorgelegt von %1 (%2)</translation>
    </message>
    <message>
        <source>matched: %1 %2 %3 at depth %4</source>
        <translation>passt: %1 %2 %3 in Tiefe %4</translation>
    </message>
    <message>
        <source>No findings concern this node.</source>
        <translation>Keine Befunde zu diesem Knoten.</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Befunde:</translation>
    </message>
</context>
<context>
    <name>danewerk::ui::CheckPage</name>
    <message>
        <source>History of the selected domain (select two runs to compare)</source>
        <translation>Verlauf der gewählten Domain (zwei Läufe zum Vergleichen auswählen)</translation>
    </message>
    <message>
        <source>Compare runs</source>
        <translation>Läufe vergleichen</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Select a node in the diagram or an item in the tree.</source>
        <translation>Einen Knoten im Diagramm oder einen Eintrag im Baum auswählen.</translation>
    </message>
    <message>
        <source>Records and TLS</source>
        <translation>Records und TLS</translation>
    </message>
    <message>
        <source>Select two runs in the history and press "Compare runs".</source>
        <translation>Zwei Läufe im Verlauf auswählen und „Läufe vergleichen“ drücken.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>%1 of %2 domains checked</source>
        <translation>%1 von %2 Domains geprüft</translation>
    </message>
    <message>
        <source>Mail domains, e.g. example.org, example.net</source>
        <translation>Mail-Domains, z. B. example.org, example.net</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Open saved run…</source>
        <translation>Gespeicherten Lauf öffnen…</translation>
    </message>
    <message>
        <source>Re-assess observations saved with 'danewerk-cli check --save DIR', offline.</source>
        <translation>Mit 'danewerk-cli check --save DIR' gespeicherte Beobachtungen offline neu bewerten.</translation>
    </message>
    <message>
        <source>Domains:</source>
        <translation>Domains:</translation>
    </message>
    <message>
        <source>System resolver</source>
        <translation>System-Resolver</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigener</translation>
    </message>
    <message>
        <source>Workshop lab</source>
        <translation>Workshop-Labor</translation>
    </message>
    <message>
        <source>resolver ADDR[#PORT], e.g. 127.0.0.1#5353</source>
        <translation>Resolver ADDR[#PORT], z. B. 127.0.0.1#5353</translation>
    </message>
    <message>
        <source>trust anchor: IANA root KSKs</source>
        <translation>Vertrauensanker: IANA-Root-KSKs</translation>
    </message>
    <message>
        <source>Choose a trust-anchor file (DS or DNSKEY records)</source>
        <translation>Datei mit Vertrauensanker wählen (DS- oder DNSKEY-Records)</translation>
    </message>
    <message>
        <source>SMTP port to connect to (the TLSA owner stays _25._tcp)</source>
        <translation>SMTP-Port für die Verbindung (der TLSA-Owner bleibt _25._tcp)</translation>
    </message>
    <message>
        <source>DNS only</source>
        <translation>nur DNS</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>SMTP-Port</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Breite einpassen</translation>
    </message>
    <message>
        <source>Whole</source>
        <translation>Ganz</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>SVG exportieren…</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG exportieren…</translation>
    </message>
    <message>
        <source>  Wheel zooms, drag pans, click a node for its records and findings.</source>
        <translation>  Mausrad zoomt, Ziehen verschiebt, Klick auf einen Knoten zeigt seine Records und Befunde.</translation>
    </message>
    <message>
        <source>Workshop lab: %1</source>
        <translation>Workshop-Labor: %1</translation>
    </message>
    <message>
        <source>No running lab found in %1 (start it on the Lab page).</source>
        <translation>Kein laufendes Labor in %1 gefunden (auf der Seite Labor starten).</translation>
    </message>
    <message>
        <source>Trust anchor</source>
        <translation>Vertrauensanker</translation>
    </message>
    <message>
        <source>Saved observations (check --save DIR)</source>
        <translation>Gespeicherte Beobachtungen (check --save DIR)</translation>
    </message>
    <message>
        <source>replay: %1</source>
        <translation>Wiedergabe: %1</translation>
    </message>
    <message>
        <source>Enter at least one mail domain.</source>
        <translation>Mindestens eine Mail-Domain eingeben.</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n domain(s)…</source>
        <translation>
            <numerusform>Prüfe %n Domain…</numerusform>
            <numerusform>Prüfe %n Domains…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 domains.</source>
        <translation>Abgebrochen nach %1 von %2 Domains.</translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) checked.</source>
        <translation>
            <numerusform>%n Domain geprüft.</numerusform>
            <numerusform>%n Domains geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Von %1</translation>
    </message>
    <message>
        <source>To   %1</source>
        <translation>Bis %1</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Keine Änderungen.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>PNG exportieren</translation>
    </message>
    <message>
        <source>Export SVG</source>
        <translation>SVG exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Timeout per DNS query and per SMTP dialogue with one address</source>
        <translation>Zeitlimit je DNS-Anfrage und je SMTP-Dialog mit einer Adresse</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <source>%v of %m hosts</source>
        <translation>%v von %m Hosts</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Breche ab…</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more host(s)</source>
        <translation>
            <numerusform>… und %n weiterer Host</numerusform>
            <numerusform>… und %n weitere Hosts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>danewerk::ui::CheckResultTree</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>MX RRset</source>
        <translation>MX-RRset</translation>
    </message>
    <message>
        <source>MX %1  %2</source>
        <translation>MX %1  %2</translation>
    </message>
    <message numerus="yes">
        <source>TLSA _25._tcp.%1 (%n record(s))</source>
        <translation>
            <numerusform>TLSA _25._tcp.%1 (%n Record)</numerusform>
            <numerusform>TLSA _25._tcp.%1 (%n Records)</numerusform>
        </translation>
    </message>
    <message>
        <source>matched</source>
        <translation>passt</translation>
    </message>
    <message>
        <source>depth %1  %2</source>
        <translation>Tiefe %1  %2</translation>
    </message>
    <message>
        <source>presented</source>
        <translation>vorgelegt</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>danewerk::ui::DsRecordsDialog</name>
    <message>
        <source>DS records of %1</source>
        <translation>DS-Einträge von %1</translation>
    </message>
    <message>
        <source>SHA-256 (digest type 2)</source>
        <translation>SHA-256 (Digest-Typ 2)</translation>
    </message>
    <message>
        <source>SHA-384 (digest type 4)</source>
        <translation>SHA-384 (Digest-Typ 4)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Digest:</source>
        <translation>Digest:</translation>
    </message>
    <message>
        <source>The zone has no DNSKEY with the SEP flag (257) at its apex.</source>
        <translation>Die Zone hat an ihrer Spitze keinen DNSKEY mit SEP-Flag (257).</translation>
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
    <name>danewerk::ui::LabPage</name>
    <message>
        <source>Workshop lab</source>
        <translation>Workshop-Labor</translation>
    </message>
    <message>
        <source>A complete DNSSEC and DANE world on this machine: a signed root and test. on NSD, a validating unbound that trusts only the lab root, mail servers with one address and certificate per MX host, and a hidden primary → Knot → NSD signing chain.</source>
        <translation>Eine vollständige DNSSEC- und DANE-Welt auf diesem Rechner: eine signierte Root und test. auf NSD, ein validierender unbound, der nur der Labor-Root vertraut, Mailserver mit einer Adresse und einem Zertifikat je MX-Host und eine Signierkette Hidden Primary → Knot → NSD.</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Verzeichnis:</translation>
    </message>
    <message>
        <source>Unprivileged</source>
        <translation>Unprivilegiert</translation>
    </message>
    <message>
        <source>High ports (DNS 10053, SMTP 10025) and Danewerk's own STARTTLS test server in place of Postfix, which needs root. Without root this is the only way.</source>
        <translation>Hohe Ports (DNS 10053, SMTP 10025) und Danewerks eigener STARTTLS-Testserver anstelle von Postfix, das Root-Rechte braucht. Ohne Root-Rechte ist das der einzige Weg.</translation>
    </message>
    <message>
        <source>Start lab</source>
        <translation>Labor starten</translation>
    </message>
    <message>
        <source>Stop lab</source>
        <translation>Labor beenden</translation>
    </message>
    <message>
        <source>Options for the live check:</source>
        <translation>Optionen für die Live-Prüfung:</translation>
    </message>
    <message>
        <source>What the lab does when it starts and stops appears here.</source>
        <translation>Was das Labor beim Starten und Beenden tut, erscheint hier.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not running.&lt;/b&gt; Start the lab, then point the live check at its resolver.</source>
        <translation>&lt;b&gt;Läuft nicht.&lt;/b&gt; Starten Sie das Labor und richten Sie dann die Live-Prüfung auf seinen Resolver.</translation>
    </message>
    <message>
        <source>Postfix on port %1</source>
        <translation>Postfix auf Port %1</translation>
    </message>
    <message>
        <source>Danewerk's own STARTTLS test server on port %1 (unprivileged mode: Postfix needs root)</source>
        <translation>Danewerks eigener STARTTLS-Testserver auf Port %1 (unprivilegierter Modus: Postfix braucht Root-Rechte)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Running.&lt;/b&gt; Resolver %1, authoritative server %2, mail: %3. Zones signed by %4.</source>
        <translation>&lt;b&gt;Läuft.&lt;/b&gt; Resolver %1, autoritativer Server %2, Mail: %3. Zonen signiert von %4.</translation>
    </message>
    <message>
        <source>Starting the lab in %1…</source>
        <translation>Starte das Labor in %1…</translation>
    </message>
    <message>
        <source>The lab was already running.</source>
        <translation>Das Labor lief bereits.</translation>
    </message>
    <message>
        <source>The lab is up (%1 s).</source>
        <translation>Das Labor läuft (%1 s).</translation>
    </message>
    <message>
        <source>Lab running</source>
        <translation>Labor läuft</translation>
    </message>
    <message>
        <source>The lab could not be started</source>
        <translation>Das Labor ließ sich nicht starten</translation>
    </message>
    <message>
        <source>Stopping the lab…</source>
        <translation>Beende das Labor…</translation>
    </message>
    <message>
        <source>The lab is down.</source>
        <translation>Das Labor ist beendet.</translation>
    </message>
</context>
<context>
    <name>danewerk::ui::LabScenarioPanel</name>
    <message>
        <source>Check it:</source>
        <translation>Prüfen:</translation>
    </message>
    <message>
        <source>Hints</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Teacher's view: show the expected answer</source>
        <translation>Lehrendenansicht: die erwartete Antwort zeigen</translation>
    </message>
    <message>
        <source>Expected answer</source>
        <translation>Erwartete Antwort</translation>
    </message>
    <message>
        <source>The zone before and after the signer</source>
        <translation>Die Zone vor und nach dem Signierer</translation>
    </message>
    <message>
        <source>Unsigned, on the hidden primary</source>
        <translation>Unsigniert, auf dem Hidden Primary</translation>
    </message>
    <message>
        <source>Signed by Knot, as the public server gives it out</source>
        <translation>Von Knot signiert, wie der öffentliche Server sie ausliefert</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>en</source>
        <comment>language code of this translation (de in German)</comment>
        <translation>de</translation>
    </message>
    <message>
        <source>Mail domain: %1   (scenario %2)</source>
        <translation>Maildomain: %1   (Szenario %2)</translation>
    </message>
    <message>
        <source>Verdict: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;MX RRset: %2</source>
        <translation>Ergebnis: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;MX-RRset: %2</translation>
    </message>
    <message>
        <source>Findings: %1</source>
        <translation>Befunde: %1</translation>
    </message>
    <message numerus="yes">
        <source>Show a hint (%n left)</source>
        <translation>
            <numerusform>Einen Hinweis zeigen (noch %n)</numerusform>
            <numerusform>Einen Hinweis zeigen (noch %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No more hints</source>
        <translation>Keine weiteren Hinweise</translation>
    </message>
    <message>
        <source>(the lab has not been started yet)</source>
        <translation>(das Labor wurde noch nicht gestartet)</translation>
    </message>
    <message>
        <source>(start the lab to see the signed zone)</source>
        <translation>(starten Sie das Labor, um die signierte Zone zu sehen)</translation>
    </message>
    <message>
        <source>(no answer to the zone transfer)</source>
        <translation>(keine Antwort auf den Zonentransfer)</translation>
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
        <source>TLSA</source>
        <translation>TLSA</translation>
    </message>
    <message>
        <source>Rollover</source>
        <translation>Rollover</translation>
    </message>
    <message>
        <source>Live check</source>
        <translation>Live-Prüfung</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>Labor</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
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
    <message>
        <source>Cannot open %1: not a zone file, rollover plan, certificate, key or request</source>
        <translation>Kann %1 nicht öffnen: weder Zonendatei noch Rollover-Plan, Zertifikat, Schlüssel oder Anforderung</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Everything Danewerk opens (*.zone *.db *.signed *.json *.pem *.crt *.cer *.der *.key *.csr *.pub *.req);;Zone files (*.zone *.db *.signed);;Rollover plans (*.json);;Certificates and keys (*.pem *.crt *.cer *.der *.key *.csr *.pub *.req);;All files (*)</source>
        <translation>Alles, was Danewerk öffnet (*.zone *.db *.signed *.json *.pem *.crt *.cer *.der *.key *.csr *.pub *.req);;Zonendateien (*.zone *.db *.signed);;Rollover-Pläne (*.json);;Zertifikate und Schlüssel (*.pem *.crt *.cer *.der *.key *.csr *.pub *.req);;Alle Dateien (*)</translation>
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
    <name>danewerk::ui::RolloverComparisonTable</name>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Largest DNSKEY response</source>
        <translation>Größte DNSKEY-Antwort</translation>
    </message>
    <message>
        <source>Parent interactions</source>
        <translation>Aktionen bei der Elternzone</translation>
    </message>
    <message>
        <source>liberal</source>
        <translation>liberal</translation>
    </message>
    <message>
        <source>strict-all</source>
        <translation>strict-all</translation>
    </message>
    <message>
        <source>≈ %1 bytes</source>
        <translation>≈ %1 Bytes</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>✔ safe</source>
        <translation>✔ sicher</translation>
    </message>
    <message>
        <source>✘ bogus</source>
        <translation>✘ bogus</translation>
    </message>
</context>
<context>
    <name>danewerk::ui::RolloverPage</name>
    <message>
        <source>Solid bar: published · pale band: may still be cached · red: bogus · amber: mail deferred · dotted line: a step of the plan (hover for the formula) · dashed line: the time cursor</source>
        <translation>Voller Balken: veröffentlicht · blasses Band: kann noch in Caches liegen · rot: bogus · gelb: Mail zurückgestellt · gepunktete Linie: ein Schritt des Plans (Formel beim Darüberfahren) · gestrichelte Linie: der Zeitcursor</translation>
    </message>
    <message>
        <source>Time cursor:</source>
        <translation>Zeitcursor:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Methode:</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Vorgabe:</translation>
    </message>
    <message>
        <source>ROLLOVER.md defaults</source>
        <translation>Vorgaben aus ROLLOVER.md</translation>
    </message>
    <message>
        <source>Validators:</source>
        <translation>Validatoren:</translation>
    </message>
    <message>
        <source>RFC 6840: any one valid path</source>
        <translation>RFC 6840: ein beliebiger gültiger Pfad</translation>
    </message>
    <message>
        <source>a valid path for every DS algorithm (unbound's harden-algo-downgrade)</source>
        <translation>ein gültiger Pfad für jeden DS-Algorithmus (harden-algo-downgrade von unbound)</translation>
    </message>
    <message>
        <source>every DNSKEY algorithm signs every RRset (RFC 6781 worst case)</source>
        <translation>jeder DNSKEY-Algorithmus signiert jedes RRset (ungünstigster Fall nach RFC 6781)</translation>
    </message>
    <message>
        <source>Open plan…</source>
        <translation>Plan öffnen …</translation>
    </message>
    <message>
        <source>Save plan…</source>
        <translation>Plan speichern …</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Calendar (ICS)…</source>
        <translation>Kalender (ICS) …</translation>
    </message>
    <message>
        <source>Operator runbook (Markdown)…</source>
        <translation>Betriebshandbuch (Markdown) …</translation>
    </message>
    <message>
        <source>BIND dnssec-policy…</source>
        <translation>BIND-dnssec-policy …</translation>
    </message>
    <message>
        <source>Knot policy…</source>
        <translation>Knot-Policy …</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>UTC time of t = 0: the activation of the current key</source>
        <translation>UTC-Zeit von t = 0: die Aktivierung des aktuellen Schlüssels</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Ursprung</translation>
    </message>
    <message>
        <source>none (unbound, bind, 1d…)</source>
        <translation>keine (unbound, bind, 1d …)</translation>
    </message>
    <message>
        <source>Resolvers cap TTLs (unbound cache-max-ttl 1d, BIND max-cache-ttl 1w); leave max_cache_ttl empty for the worst case.</source>
        <translation>Resolver begrenzen TTLs (unbound cache-max-ttl 1d, BIND max-cache-ttl 1w); für den ungünstigsten Fall max_cache_ttl leer lassen.</translation>
    </message>
    <message>
        <source>What a resolver may hold</source>
        <translation>Was ein Resolver halten kann</translation>
    </message>
    <message>
        <source>At (editable)</source>
        <translation>Zeitpunkt (änderbar)</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formel</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Windows and fixes</source>
        <translation>Fenster und Abhilfen</translation>
    </message>
    <message>
        <source>Formulas</source>
        <translation>Formeln</translation>
    </message>
    <message>
        <source>Compare methods</source>
        <translation>Methoden vergleichen</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Safe for %1: no resolver can see a bogus answer or defer mail.</source>
        <translation>Sicher für %1: Kein Resolver kann eine bogus-Antwort sehen oder Mail zurückstellen.</translation>
    </message>
    <message numerus="yes">
        <source>Unsafe: %n window(s)</source>
        <translation>
            <numerusform>Unsicher: %n Fenster</numerusform>
            <numerusform>Unsicher: %n Fenster</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit the time (717h, 2588100, P30D) and the check runs again.</source>
        <translation>Zeit ändern (717h, 2588100, P30D), dann läuft die Prüfung erneut.</translation>
    </message>
    <message>
        <source>Not a time: %1</source>
        <translation>Keine Zeitangabe: %1</translation>
    </message>
    <message>
        <source>moved by hand</source>
        <translation>von Hand verschoben</translation>
    </message>
    <message>
        <source>Open rollover plan</source>
        <translation>Rollover-Plan öffnen</translation>
    </message>
    <message>
        <source>Rollover plans (*.json)</source>
        <translation>Rollover-Pläne (*.json)</translation>
    </message>
    <message>
        <source>Save rollover plan</source>
        <translation>Rollover-Plan speichern</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
</context>
<context>
    <name>danewerk::ui::RolloverQuizPanel</name>
    <message>
        <source>Your answer (time after t = 0, e.g. 719h5m or 30d):</source>
        <translation>Ihre Antwort (Zeit nach t = 0, z. B. 719h5m oder 30d):</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Neue Frage</translation>
    </message>
    <message>
        <source>No question for this seed.</source>
        <translation>Für diesen Startwert gibt es keine Frage.</translation>
    </message>
    <message>
        <source>Question %1:</source>
        <translation>Frage %1:</translation>
    </message>
    <message>
        <source>Preset: %1</source>
        <translation>Voreinstellung: %1</translation>
    </message>
    <message>
        <source>ROLLOVER.md defaults</source>
        <translation>Standardwerte aus ROLLOVER.md</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>Parameter:</translation>
    </message>
    <message>
        <source>Events before it:</source>
        <translation>Ereignisse davor:</translation>
    </message>
    <message>
        <source>none: it is the first event</source>
        <translation>keine: es ist das erste Ereignis</translation>
    </message>
    <message>
        <source>Enter a duration such as 719h5m, 30d or 2588100.</source>
        <translation>Geben Sie eine Dauer wie 719h5m, 30d oder 2588100 ein.</translation>
    </message>
</context>
<context>
    <name>danewerk::ui::RolloverReportHtml</name>
    <message>
        <source>No windows.</source>
        <translation>Keine Fenster.</translation>
    </message>
    <message>
        <source>always</source>
        <translation>immer</translation>
    </message>
    <message>
        <source>open end</source>
        <translation>offenes Ende</translation>
    </message>
    <message>
        <source>unbounded</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>witness: %1 %2, published %3, cached until %4</source>
        <translation>Zeuge: %1 %2, veröffentlicht %3, im Cache bis %4</translation>
    </message>
    <message>
        <source>before the plan</source>
        <translation>vor dem Plan</translation>
    </message>
    <message>
        <source>fix: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
    <message>
        <source>At %1 a resolver may hold:</source>
        <translation>Um %1 kann ein Resolver halten:</translation>
    </message>
    <message>
        <source>signed by %1</source>
        <translation>signiert von %1</translation>
    </message>
    <message>
        <source>(cached only, until %1)</source>
        <translation>(nur noch im Cache, bis %1)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>deployed</source>
        <translation>eingesetzt</translation>
    </message>
    <message>
        <source>✔ every combination validates</source>
        <translation>✔ jede Kombination validiert</translation>
    </message>
</context>
<context>
    <name>danewerk::ui::RolloverTimelineChart</name>
    <message>
        <source>%1
published %2, master until %3, cached until %4</source>
        <translation>%1
veröffentlicht %2, auf dem Primary bis %3, im Cache bis %4</translation>
    </message>
    <message>
        <source>open end</source>
        <translation>offenes Ende</translation>
    </message>
    <message>
        <source>%1 %2 (%3): %4 to %5</source>
        <translation>%1 %2 (%3): %4 bis %5</translation>
    </message>
    <message>
        <source>always</source>
        <translation>immer</translation>
    </message>
    <message>
        <source>witness: %1 %2, published %3, cached until %4</source>
        <translation>Zeuge: %1 %2, veröffentlicht %3, im Cache bis %4</translation>
    </message>
    <message>
        <source>before the plan</source>
        <translation>vor dem Plan</translation>
    </message>
    <message>
        <source>fix: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
    <message>
        <source>DS (parent)</source>
        <translation>DS (Elternzone)</translation>
    </message>
    <message>
        <source>DS %1</source>
        <translation>DS %1</translation>
    </message>
    <message>
        <source>DNSKEY %1</source>
        <translation>DNSKEY %1</translation>
    </message>
    <message>
        <source>DNSKEY RRset %1 signed by %2</source>
        <translation>DNSKEY-RRset %1 signiert von %2</translation>
    </message>
    <message>
        <source>signatures %1</source>
        <translation>Signaturen %1</translation>
    </message>
    <message>
        <source>RRSIG over DNSKEY by %1</source>
        <translation>RRSIG über DNSKEY von %1</translation>
    </message>
    <message>
        <source>zone data signed by %1</source>
        <translation>Zonendaten signiert von %1</translation>
    </message>
    <message>
        <source>TLSA %1</source>
        <translation>TLSA %1</translation>
    </message>
    <message>
        <source>TLSA RRset %1</source>
        <translation>TLSA-RRset %1</translation>
    </message>
    <message>
        <source>server presents %1</source>
        <translation>Server präsentiert %1</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
</context>
<context>
    <name>danewerk::ui::SignZoneDialog</name>
    <message>
        <source>Sign %1</source>
        <translation>%1 signieren</translation>
    </message>
    <message>
        <source>One combined key (CSK)</source>
        <translation>Ein kombinierter Schlüssel (CSK)</translation>
    </message>
    <message>
        <source>KSK and ZSK</source>
        <translation>KSK und ZSK</translation>
    </message>
    <message>
        <source>NSEC</source>
        <translation>NSEC</translation>
    </message>
    <message>
        <source>NSEC3 (no salt, no extra iterations)</source>
        <translation>NSEC3 (ohne Salt, ohne zusätzliche Iterationen)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Algorithm:</source>
        <translation>Algorithmus:</translation>
    </message>
    <message>
        <source>Keys:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>Denial of existence:</source>
        <translation>Nichtexistenz-Nachweis:</translation>
    </message>
    <message>
        <source>Signature validity:</source>
        <translation>Gültigkeit der Signaturen:</translation>
    </message>
    <message>
        <source>Signed zone file:</source>
        <translation>Signierte Zonendatei:</translation>
    </message>
    <message>
        <source>New keys are generated and written next to the signed zone file (the private key readable only by you).</source>
        <translation>Neue Schlüssel werden erzeugt und neben die signierte Zonendatei geschrieben (der private Schlüssel nur für Sie lesbar).</translation>
    </message>
    <message>
        <source>The zone's present DNSKEY records are kept; its old signatures and NSEC/NSEC3 records are replaced.</source>
        <translation>Die vorhandenen DNSKEY-Einträge der Zone bleiben erhalten; ihre alten Signaturen und NSEC/NSEC3-Einträge werden ersetzt.</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Signieren</translation>
    </message>
    <message>
        <source>Save signed zone</source>
        <translation>Signierte Zone speichern</translation>
    </message>
    <message>
        <source>Zone files (*.zone *.signed *.db);;All files (*)</source>
        <translation>Zonendateien (*.zone *.signed *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the file to write the signed zone to.</source>
        <translation>Wählen Sie die Datei, in die die signierte Zone geschrieben wird.</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it with the signed zone?</source>
        <translation>%1 existiert bereits. Durch die signierte Zone ersetzen?</translation>
    </message>
    <message>
        <source>Generating keys and signing…</source>
        <translation>Schlüssel werden erzeugt und die Zone signiert…</translation>
    </message>
    <message>
        <source>Signing failed: %1</source>
        <translation>Signieren fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 exists already.</source>
        <translation>%1 existiert bereits.</translation>
    </message>
</context>
<context>
    <name>danewerk::ui::SignatureValidityChart</name>
    <message>
        <source>Signatures still valid</source>
        <translation>Noch gültige Signaturen</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Expiry warning</source>
        <translation>Ablaufwarnung</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signaturen</translation>
    </message>
    <message numerus="yes">
        <source>Expiry warning (now + %n day(s))</source>
        <translation>
            <numerusform>Ablaufwarnung (jetzt + %n Tag)</numerusform>
            <numerusform>Ablaufwarnung (jetzt + %n Tage)</numerusform>
        </translation>
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
    <name>danewerk::ui::ZoneChainNodeDetails</name>
    <message>
        <source>line %1 of %2</source>
        <translation>Zeile %1 von %2</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>noch nicht gültig</translation>
    </message>
    <message>
        <source>current</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>(%1 current, %2 expired, %3 not yet valid)</source>
        <translation>(%1 gültig, %2 abgelaufen, %3 noch nicht gültig)</translation>
    </message>
    <message>
        <source>  … and %1 more</source>
        <translation>  … und %1 weitere</translation>
    </message>
    <message>
        <source>No findings concern this node.</source>
        <translation>Keine Befunde betreffen diesen Knoten.</translation>
    </message>
    <message>
        <source>Findings (%1):</source>
        <translation>Befunde (%1):</translation>
    </message>
    <message>
        <source>Key %1: algorithm %2 (%3), role %4, flags %5%6</source>
        <translation>Schlüssel %1: Algorithmus %2 (%3), Rolle %4, Flags %5%6</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>, revoked</source>
        <translation>, widerrufen</translation>
    </message>
    <message>
        <source>DS for the parent zone:</source>
        <translation>DS für die Elternzone:</translation>
    </message>
    <message>
        <source>No DNSKEY record at the apex has key tag %1.</source>
        <translation>Kein DNSKEY-Eintrag an der Zonenspitze hat den Key-Tag %1.</translation>
    </message>
    <message>
        <source>Signatures made with this key: %1</source>
        <translation>Mit diesem Schlüssel erstellte Signaturen: %1</translation>
    </message>
    <message>
        <source>The DS records the parent zone publishes for key %1:</source>
        <translation>Die DS-Einträge, die die Elternzone für Schlüssel %1 veröffentlicht:</translation>
    </message>
    <message>
        <source>They are digests of this DNSKEY (%1):</source>
        <translation>Sie sind Hashwerte dieses DNSKEY (%1):</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s), %1</source>
        <translation>
            <numerusform>%n Eintrag, %1</numerusform>
            <numerusform>%n Einträge, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>RRsets in this group: %1 (%2 records)</source>
        <translation>RRsets in dieser Gruppe: %1 (%2 Einträge)</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <source>Signatures over them: %1</source>
        <translation>Signaturen darüber: %1</translation>
    </message>
    <message>
        <source>%1 records, %2 names, %3 keys</source>
        <translation>%1 Einträge, %2 Namen, %3 Schlüssel</translation>
    </message>
</context>
<context>
    <name>danewerk::ui::ZoneChainPanel</name>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Breite einpassen</translation>
    </message>
    <message>
        <source>Whole</source>
        <translation>Ganz</translation>
    </message>
    <message>
        <source>Chain of %1 at %2</source>
        <translation>Kette von %1 am %2</translation>
    </message>
    <message>
        <source>Click a node of the chain to see its records and the findings that concern it; double-click it to show its record in the table.</source>
        <translation>Klicken Sie auf einen Knoten der Kette, um seine Einträge und die Befunde zu sehen, die ihn betreffen; ein Doppelklick zeigt seinen Eintrag in der Tabelle.</translation>
    </message>
    <message>
        <source>Reading the records of %1…</source>
        <translation>Lese die Einträge von %1…</translation>
    </message>
</context>
<context>
    <name>danewerk::ui::ZoneKeysPanel</name>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>DS (SHA-256)</source>
        <translation>DS (SHA-256)</translation>
    </message>
    <message>
        <source>Copy DS</source>
        <translation>DS kopieren</translation>
    </message>
    <message>
        <source>Copy the DS record of the selected key (or of every SEP key) for the parent zone</source>
        <translation>Den DS-Eintrag des gewählten Schlüssels (oder aller SEP-Schlüssel) für die Elternzone kopieren</translation>
    </message>
    <message>
        <source>— (not a SEP key)</source>
        <translation>— (kein SEP-Schlüssel)</translation>
    </message>
    <message>
        <source>The zone has no DNSKEY at its apex: it is not signed.</source>
        <translation>Die Zone hat keinen DNSKEY an ihrer Spitze: Sie ist nicht signiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) at the apex</source>
        <translation>
            <numerusform>%n Schlüssel an der Zonenspitze</numerusform>
            <numerusform>%n Schlüssel an der Zonenspitze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n DS record(s) for the parent</source>
        <translation>
            <numerusform>%n DS-Eintrag für die Elternzone</numerusform>
            <numerusform>%n DS-Einträge für die Elternzone</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>danewerk::ui::ZoneNameTreeModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Einträge</translation>
    </message>
</context>
<context>
    <name>danewerk::ui::ZoneRecordModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
</context>
<context>
    <name>danewerk::ui::ZonesPage</name>
    <message>
        <source>Open zone…</source>
        <translation>Zone öffnen…</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Nach Name filtern</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Zones&lt;/h2&gt;&lt;p&gt;Open a zone file or drop one here: its records, its names and every structural problem found in it appear on this page.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Zonen&lt;/h2&gt;&lt;p&gt;Öffnen Sie eine Zonendatei oder ziehen Sie sie hierher: Ihre Einträge, ihre Namen und jedes darin gefundene strukturelle Problem erscheinen auf dieser Seite.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open zone file</source>
        <translation>Zonendatei öffnen</translation>
    </message>
    <message>
        <source>Zone files (*.zone *.db *.signed db.*);;All files (*)</source>
        <translation>Zonendateien (*.zone *.db *.signed db.*);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>%1 lässt sich nicht lesen</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Lade %1…</translation>
    </message>
    <message>
        <source>Loading %1 was cancelled.</source>
        <translation>Das Laden von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>unsigniert</translation>
    </message>
    <message numerus="yes">
        <source>signed with %1, %n key(s)</source>
        <translation>
            <numerusform>signiert mit %1, %n Schlüssel</numerusform>
            <numerusform>signiert mit %1, %n Schlüssel</numerusform>
        </translation>
    </message>
    <message>
        <source>The zone has no signatures.</source>
        <translation>Die Zone hat keine Signaturen.</translation>
    </message>
    <message>
        <source>%1 signatures: %2 expired, %3 expire within a day, %4 within 7 days, %5 within 30 days, %6 later; %7 not yet valid.</source>
        <translation>%1 Signaturen: %2 abgelaufen, %3 laufen binnen eines Tages ab, %4 binnen 7 Tagen, %5 binnen 30 Tagen, %6 später; %7 noch nicht gültig.</translation>
    </message>
    <message>
        <source>Sign zone…</source>
        <translation>Zone signieren…</translation>
    </message>
    <message>
        <source>Sign the loaded zone with new keys and write it to a file</source>
        <translation>Die geladene Zone mit neuen Schlüsseln signieren und in eine Datei schreiben</translation>
    </message>
    <message>
        <source>DS records…</source>
        <translation>DS-Einträge…</translation>
    </message>
    <message>
        <source>The DS records of the zone's SEP keys, for the parent zone</source>
        <translation>Die DS-Einträge der SEP-Schlüssel der Zone, für die Elternzone</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Signature validity</source>
        <translation>Gültigkeit der Signaturen</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Befunde (%1)</translation>
    </message>
    <message>
        <source>Zone signed</source>
        <translation>Zone signiert</translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s) written. Files:</source>
        <translation>
            <numerusform>%n Signatur geschrieben. Dateien:</numerusform>
            <numerusform>%n Signaturen geschrieben. Dateien:</numerusform>
        </translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Kette</translation>
    </message>
    <message numerus="yes">
        <source>Loading… (preview): the first %n record(s) of the file; the full zone, its names and its findings follow when the load is complete.</source>
        <translation>
            <numerusform>Lade… (Vorschau): %n Eintrag vom Anfang der Datei; die vollständige Zone, ihre Namen und ihre Befunde folgen, sobald das Laden abgeschlossen ist.</numerusform>
            <numerusform>Lade… (Vorschau): %n Einträge vom Anfang der Datei; die vollständige Zone, ihre Namen und ihre Befunde folgen, sobald das Laden abgeschlossen ist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview of %n record(s)</source>
        <translation>
            <numerusform>Vorschau von %n Eintrag</numerusform>
            <numerusform>Vorschau von %n Einträgen</numerusform>
        </translation>
    </message>
    <message>
        <source>Sorting %1 records by %2…</source>
        <translation>Sortiere %1 Einträge nach %2…</translation>
    </message>
    <message>
        <source>Sorting %1 records…</source>
        <translation>Sortiere %1 Einträge…</translation>
    </message>
    <message>
        <source>Filtering %1 records…</source>
        <translation>Filtere %1 Einträge…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s)</source>
        <translation>
            <numerusform>%n Name</numerusform>
            <numerusform>%n Namen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delegation(s) (%1 with DS)</source>
        <translation>
            <numerusform>%n Delegation (%1 mit DS)</numerusform>
            <numerusform>%n Delegationen (%1 mit DS)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s)</source>
        <translation>
            <numerusform>%n Signatur</numerusform>
            <numerusform>%n Signaturen</numerusform>
        </translation>
    </message>
    <message>
        <source>loaded in %1 ms</source>
        <translation>geladen in %1 ms</translation>
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
    <message>
        <source>Live check: re-assess the observations saved in DIR (check --save).</source>
        <translation>Live-Prüfung: die in DIR gespeicherten Beobachtungen neu bewerten (check --save).</translation>
    </message>
</context>
</TS>
