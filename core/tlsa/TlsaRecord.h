#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace danewerk::core {

struct TlsaRecord {
    QString owner;   // "_25._tcp.mx.example.org." (empty when unknown)
    quint32 ttl = 0; // 0 when unknown
    int usage = 3;
    int selector = 1;
    int mtype = 1;
    QByteArray data; // association data, raw bytes

    [[nodiscard]] QString rdataText() const; // "3 1 1 <lowercase hex>"
    [[nodiscard]] QString zoneText() const;  // "<owner> <ttl> IN TLSA 3 1 1 <hex>"
    bool operator==(const TlsaRecord& other) const = default;
};

// Reads "U S M HEX" (hex may be split by blanks, mnemonics allowed) or a zone-file line
// "owner [ttl] [IN] TLSA U S M HEX". Error code RECORD_MALFORMED with the cause.
[[nodiscard]] Result<TlsaRecord> parseTlsaRecord(const QString& text);
// Reads a file of such lines; blank lines and ';' comments are skipped; errors carry file and line.
[[nodiscard]] Result<QList<TlsaRecord>> parseTlsaRecords(const QString& text, const QString& fileName);

// A host name as DNS and X.509 reference identifiers need it: trimmed, lower case, no trailing dot,
// internationalised labels as A-labels ("mx.bücher.example" -> "mx.xn--bcher-kva.example").
[[nodiscard]] QString tlsaHostToAscii(const QString& host);

// "_25._tcp.mx.example.org." from ("mx.example.org", 25, "tcp").
[[nodiscard]] QString tlsaOwnerName(const QString& host, int port, const QString& proto = QStringLiteral("tcp"));

} // namespace danewerk::core
