#pragma once

#include "core/common/Result.h"

#include <QString>
#include <QStringList>

#include <memory>

struct ldns_struct_rr_list;

namespace danewerk::core {

// The DS or DNSKEY records the live validator starts from: the IANA root KSKs 20326 and 38696 built in,
// or a file in zone format (`/usr/share/dns/root.key` form; DS or DNSKEY lines, any owner).
class ValidationTrustAnchors {
public:
    [[nodiscard]] static ValidationTrustAnchors ianaRoot();
    // Error codes FILE_UNREADABLE, PARSE_ERROR (with line), NO_TRUST_ANCHOR.
    [[nodiscard]] static Result<ValidationTrustAnchors> fromFile(const QString& path);
    [[nodiscard]] static Result<ValidationTrustAnchors> fromText(const QString& text, const QString& fileName = {});

    // The anchored owners, lower-case with trailing dot.
    [[nodiscard]] QStringList owners() const;
    // The anchor records (DS and DNSKEY) of one owner; owned by this object.
    [[nodiscard]] const ldns_struct_rr_list* records() const { return m_records.get(); }
    // The deepest anchored owner that is name or an ancestor of it; empty when none covers it.
    [[nodiscard]] QString closestAnchor(const QString& name) const;
    // The records in zone format (what fromText() reads back), for saved observations.
    [[nodiscard]] QString text() const;

private:
    std::shared_ptr<ldns_struct_rr_list> m_records;
};

} // namespace danewerk::core
