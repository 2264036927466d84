#pragma once

#include "core/common/Result.h"
#include "core/findings/Finding.h"
#include "core/tlsa/CertificateMaterial.h"
#include "core/tlsa/TlsaRecord.h"

#include <QJsonObject>

#include <optional>

namespace danewerk::core {

struct TlsaRequest {
    int usage = 3;
    int selector = 1;
    int mtype = 1;
    QString host; // empty: the leaf's first DNS SAN that is not a wildcard (or the CSR's)
    int port = 25;
    QString proto = QStringLiteral("tcp");
    quint32 ttl = 3600;
    std::optional<int> depth; // DANE-TA: which certificate of the chain (default: the top CA)
    bool requireHost = true;  // false: no HOST_REQUIRED; the owner stays empty when no host is known (rdata)
};

struct GeneratedTlsa {
    TlsaRecord record;
    QString source;     // input file
    int depth = 0;      // position in the chain the record was made from
    QString subject;    // of that certificate (empty for keys and CSRs)
    QDateTime notAfter; // of that certificate (invalid for keys and CSRs)
};

struct TlsaGeneration {
    QList<GeneratedTlsa> records;
    Findings findings; // recommendations (usage 0/1 at port 25, 3 0 x, Full(0), public CA pinned, ...)
};

// Makes the TLSA record for one loaded input. Error codes: SELECTOR_NEEDS_CERTIFICATE (selector 0 from a
// key or CSR), DANE_TA_NEEDS_CA (usage 2 from a lone non-CA certificate or key), DEPTH_OUT_OF_RANGE,
// HOST_REQUIRED (no usable DNS name and no host given), PARAMETER_INVALID.
[[nodiscard]] Result<TlsaGeneration> generateTlsa(const CertificateMaterial& material, const TlsaRequest& request);
// Several inputs under one request (the CLI's FILE...): one record each, the recommendations once, and the
// rollover advice (TLSA_NO_ROLLOVER_RECORD) judged on the whole set. The first failing input's error wins.
[[nodiscard]] Result<TlsaGeneration> generateTlsaSet(const QList<CertificateMaterial>& materials,
                                                     const TlsaRequest& request);

// Output forms of `tlsa create`.
[[nodiscard]] QString formatTlsaZone(const QList<GeneratedTlsa>& records);
[[nodiscard]] QString formatTlsaRdata(const QList<GeneratedTlsa>& records);
[[nodiscard]] QString formatTlsaNsupdate(const QList<GeneratedTlsa>& records);
[[nodiscard]] QJsonObject tlsaGenerationToJson(const QList<GeneratedTlsa>& records, const Findings& findings);

// The association data for one certificate or key under (selector, mtype); selector 0 needs certDer.
[[nodiscard]] QByteArray tlsaAssociationData(const QByteArray& certDer, const QByteArray& spkiDer, int selector,
                                             int mtype);

} // namespace danewerk::core
