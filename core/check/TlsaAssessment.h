#pragma once

#include "core/check/MailDomainResult.h"
#include "core/smtp/DaneVerifier.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace danewerk::core {

// The RFC 7672/7671 judgement of a TLSA RRset and of a presented chain against it: usability (rule 9),
// rollover readiness and recommendations (17, 18), digest agility (14), every combination matching (15),
// which record matched which depth (20). The live match itself is OpenSSL's (DaneVerifier).
class TlsaAssessment {
    Q_DECLARE_TR_FUNCTIONS(danewerk::core::TlsaAssessment)

public:
    [[nodiscard]] static bool isUsable(const TlsaEntry& entry);
    [[nodiscard]] static Findings recordFindings(const QList<TlsaEntry>& records, const QString& host,
                                                 const QString& owner);

    struct ChainResult {
        DaneVerification overall;
        QList<TlsaMatchEntry> matched;
        Findings findings;
    };
    [[nodiscard]] static ChainResult assessChain(const QList<QByteArray>& chainDer, const QList<TlsaEntry>& records,
                                                 const QString& baseDomain, const QStringList& extraNames,
                                                 const QDateTime& now, const QString& host, const QString& address);
};

} // namespace danewerk::core
