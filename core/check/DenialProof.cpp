#include "core/check/DenialProof.h"

#include "core/check/DnsNames.h"
#include "core/dns/Ldns.h"

namespace danewerk::core {

namespace {

constexpr int MaxNsec3Iterations = 150;

ldns::RdfPtr toRdf(const QString& name) {
    return ldns::RdfPtr(ldns_dname_new_frm_str(normalizedName(name).toLatin1().constData()));
}

bool sameName(const ldns_rdf* a, const ldns_rdf* b) {
    return ldns_dname_compare(a, b) == 0;
}

bool bitmapHas(const ldns_rr* nsec, ldns_rr_type type) {
    const ldns_rdf* bitmap =
        ldns_rr_get_type(nsec) == LDNS_RR_TYPE_NSEC3 ? ldns_nsec3_bitmap(nsec) : ldns_nsec_get_bitmap(nsec);
    return bitmap && ldns_nsec_bitmap_covers_type(bitmap, type);
}

// Covers, strictly: the owner itself is a match, not a cover.
bool strictlyCovers(const ldns_rr* nsec, const ldns_rdf* name) {
    return !sameName(ldns_rr_owner(nsec), name) && ldns_nsec_covers_name(nsec, name);
}

class Nsec3Set {
public:
    Nsec3Set(const ldns_rr_list* records, const QString& zone) : m_records(records), m_zone(toRdf(zone)) {
        for (size_t i = 0; i < ldns_rr_list_rr_count(records); ++i)
            if (ldns_rr_get_type(ldns_rr_list_rr(records, i)) == LDNS_RR_TYPE_NSEC3)
                m_first = ldns_rr_list_rr(records, i);
    }
    [[nodiscard]] bool present() const { return m_first != nullptr; }
    [[nodiscard]] int iterations() const { return ldns_nsec3_iterations(m_first); }

    ldns::RdfPtr hashed(const QString& name) const {
        ldns::RdfPtr plain = toRdf(name);
        ldns::RdfPtr hash(ldns_nsec3_hash_name_frm_nsec3(m_first, plain.get()));
        if (hash)
            ldns_dname_cat(hash.get(), m_zone.get());
        return hash;
    }
    const ldns_rr* match(const QString& name) const {
        const ldns::RdfPtr h = hashed(name);
        for (size_t i = 0; h && i < ldns_rr_list_rr_count(m_records); ++i) {
            const ldns_rr* rr = ldns_rr_list_rr(m_records, i);
            if (ldns_rr_get_type(rr) == LDNS_RR_TYPE_NSEC3 && sameName(ldns_rr_owner(rr), h.get()))
                return rr;
        }
        return nullptr;
    }
    const ldns_rr* cover(const QString& name) const {
        const ldns::RdfPtr h = hashed(name);
        for (size_t i = 0; h && i < ldns_rr_list_rr_count(m_records); ++i) {
            const ldns_rr* rr = ldns_rr_list_rr(m_records, i);
            if (ldns_rr_get_type(rr) == LDNS_RR_TYPE_NSEC3 && strictlyCovers(rr, h.get()))
                return rr;
        }
        return nullptr;
    }

private:
    const ldns_rr_list* m_records;
    ldns::RdfPtr m_zone;
    const ldns_rr* m_first = nullptr;
};

DenialCheck notProven(const QString& reason, bool nsec3) {
    return DenialCheck{DenialCheck::Outcome::NotProven, nsec3, reason};
}

DenialCheck checkNsec3(const Nsec3Set& set, const QString& zone, const QString& qname, quint16 qtype, bool nxdomain) {
    using O = DenialCheck::Outcome;
    if (set.iterations() > MaxNsec3Iterations)
        return DenialCheck{O::Nsec3TooCostly, true, {}};
    if (!nxdomain) {
        if (const ldns_rr* m = set.match(qname)) {
            if (bitmapHas(m, ldns_rr_type(qtype)) || bitmapHas(m, LDNS_RR_TYPE_CNAME))
                return notProven(QStringLiteral("the NSEC3 record lists the type"), true);
            if (qtype == LDNS_RR_TYPE_DS && bitmapHas(m, LDNS_RR_TYPE_NS) && !bitmapHas(m, LDNS_RR_TYPE_SOA))
                return DenialCheck{O::InsecureDelegation, true, {}};
            return DenialCheck{O::NoData, true, {}};
        }
    }
    // Closest encloser proof (RFC 5155 8.3/8.4/8.6).
    const int total = labelCount(qname);
    for (int k = total - 1; k >= labelCount(zone); --k) {
        const QString encloser = ancestorWithLabels(qname, k);
        if (!set.match(encloser))
            continue;
        const QString nextCloser = ancestorWithLabels(qname, k + 1);
        const ldns_rr* covering = set.cover(nextCloser);
        if (!covering)
            return notProven(QStringLiteral("no NSEC3 covers the next closer name"), true);
        const QString wildcard = QStringLiteral("*.") + (encloser == QLatin1String(".") ? QString() : encloser);
        if (!nxdomain) {
            if (qtype == LDNS_RR_TYPE_DS && ldns_nsec3_optout(covering))
                return DenialCheck{O::InsecureDelegation, true, {}};
            const ldns_rr* wild = set.match(wildcard);
            if (wild && !bitmapHas(wild, ldns_rr_type(qtype)) && !bitmapHas(wild, LDNS_RR_TYPE_CNAME))
                return DenialCheck{O::NoData, true, {}};
            return notProven(QStringLiteral("no NSEC3 matches the name"), true);
        }
        if (!set.cover(wildcard))
            return notProven(QStringLiteral("no NSEC3 denies the wildcard"), true);
        return DenialCheck{O::NxDomain, true, {}};
    }
    return notProven(QStringLiteral("no closest encloser proof"), true);
}

DenialCheck checkNsec(const ldns_rr_list* records, const QString& qname, quint16 qtype, bool nxdomain) {
    using O = DenialCheck::Outcome;
    const ldns::RdfPtr name = toRdf(qname);
    const ldns_rr* covering = nullptr;
    for (size_t i = 0; i < ldns_rr_list_rr_count(records); ++i) {
        const ldns_rr* rr = ldns_rr_list_rr(records, i);
        if (ldns_rr_get_type(rr) != LDNS_RR_TYPE_NSEC)
            continue;
        if (sameName(ldns_rr_owner(rr), name.get())) {
            if (nxdomain || bitmapHas(rr, ldns_rr_type(qtype)) || bitmapHas(rr, LDNS_RR_TYPE_CNAME))
                return notProven(QStringLiteral("the NSEC record contradicts the denial"), false);
            if (qtype == LDNS_RR_TYPE_DS && bitmapHas(rr, LDNS_RR_TYPE_NS) && !bitmapHas(rr, LDNS_RR_TYPE_SOA))
                return DenialCheck{O::InsecureDelegation, false, {}};
            return DenialCheck{O::NoData, false, {}};
        }
        if (strictlyCovers(rr, name.get()))
            covering = rr;
    }
    if (!covering)
        return notProven(QStringLiteral("no NSEC record covers the name"), false);
    const QString next = rdfToName(ldns_rr_rdf(covering, 0));
    if (!nxdomain && isSubdomainOf(next, qname) && next != normalizedName(qname))
        return DenialCheck{O::NoData, false, {}}; // an empty non-terminal
    // The closest encloser is the longest ancestor shared with the NSEC's owner or next name.
    const QString owner = rdfToName(ldns_rr_owner(covering));
    int encloserLabels = 0;
    for (int k = labelCount(qname) - 1; k >= 0; --k) {
        const QString candidate = ancestorWithLabels(qname, k);
        if (isSubdomainOf(owner, candidate) || isSubdomainOf(next, candidate)) {
            encloserLabels = k;
            break;
        }
    }
    const QString encloser = ancestorWithLabels(qname, encloserLabels);
    const ldns::RdfPtr wildcard = toRdf(QStringLiteral("*.") + (encloser == QLatin1String(".") ? QString() : encloser));
    for (size_t i = 0; i < ldns_rr_list_rr_count(records); ++i) {
        const ldns_rr* rr = ldns_rr_list_rr(records, i);
        if (ldns_rr_get_type(rr) != LDNS_RR_TYPE_NSEC)
            continue;
        if (nxdomain && strictlyCovers(rr, wildcard.get()))
            return DenialCheck{O::NxDomain, false, {}};
        if (!nxdomain && sameName(ldns_rr_owner(rr), wildcard.get()) && !bitmapHas(rr, ldns_rr_type(qtype)) &&
            !bitmapHas(rr, LDNS_RR_TYPE_CNAME))
            return DenialCheck{O::NoData, false, {}};
    }
    return notProven(nxdomain ? QStringLiteral("no NSEC record denies the wildcard")
                              : QStringLiteral("no NSEC record matches the name"),
                     false);
}

} // namespace

bool DenialProof::wildcardExpansionProven(const ldns_rr_list* nsecRecords, const QString& zone, const QString& qname,
                                          int wildcardLabels) {
    if (!nsecRecords || ldns_rr_list_rr_count(nsecRecords) == 0)
        return false;
    const Nsec3Set nsec3(nsecRecords, zone);
    if (nsec3.present()) {
        if (nsec3.iterations() > MaxNsec3Iterations)
            return false;
        return nsec3.cover(ancestorWithLabels(qname, wildcardLabels + 1)) != nullptr;
    }
    const ldns::RdfPtr name = toRdf(qname);
    for (size_t i = 0; i < ldns_rr_list_rr_count(nsecRecords); ++i) {
        const ldns_rr* rr = ldns_rr_list_rr(nsecRecords, i);
        if (ldns_rr_get_type(rr) == LDNS_RR_TYPE_NSEC && strictlyCovers(rr, name.get()))
            return true;
    }
    return false;
}

DenialCheck DenialProof::check(const ldns_rr_list* nsecRecords, const QString& zone, const QString& qname,
                               quint16 qtype, bool nxdomain) {
    if (!nsecRecords || ldns_rr_list_rr_count(nsecRecords) == 0)
        return notProven(QStringLiteral("no NSEC or NSEC3 records in the answer"), false);
    const Nsec3Set nsec3(nsecRecords, zone);
    if (nsec3.present())
        return checkNsec3(nsec3, zone, qname, qtype, nxdomain);
    return checkNsec(nsecRecords, qname, qtype, nxdomain);
}

} // namespace danewerk::core
