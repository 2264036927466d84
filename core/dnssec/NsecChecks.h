#pragma once

#include "core/dnssec/ValidationContext.h"

#include <QCoreApplication>

namespace danewerk::core {

// The NSEC chain (RFC 4034 4, RFC 4035 2.3): NSEC_MISSING, NSEC_CHAIN_BROKEN, NSEC_BITMAP_MISMATCH.
class NsecChecks {
    Q_DECLARE_TR_FUNCTIONS(danewerk::core::NsecChecks)
public:
    static void run(const ValidationContext& context, Findings& findings);

    // The types an NSEC or NSEC3 bitmap must list for a name: everything there, at a delegation only NS,
    // DS, NSEC and RRSIG (RFC 4035 2.3). Shared with the NSEC3 checks.
    [[nodiscard]] static std::vector<quint16> expectedTypes(const ValidationContext& context,
                                                            const ZoneNameEntry& entry);
    static void expectedTypes(const ValidationContext& context, const ZoneNameEntry& entry,
                              std::vector<quint16>& types); // into a reused vector
    // Whether a bitmap is the canonical encoding (RFC 4034 4.1.2, as signers write it) of the types
    // expectedTypes gives for the entry (none for a null entry): no allocation per name once its buffers have
    // grown. False for a mismatch and for any other encoding; the caller then compares the careful way,
    // which also words the difference.
    class QuickBitmapMatch {
    public:
        bool operator()(const ValidationContext& context, const ZoneNameEntry* entry, QByteArrayView bitmap);

    private:
        std::vector<quint16> m_types;
        std::vector<unsigned char> m_encoded;
    };
    // "missing A, extra MX" for a bitmap that differs.
    [[nodiscard]] static QString describeDifference(const std::vector<quint16>& expected,
                                                    const std::vector<quint16>& actual);
};

} // namespace danewerk::core
