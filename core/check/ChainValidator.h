#pragma once

#include "core/check/ChainGraph.h"
#include "core/check/ValidatedRrset.h"
#include "core/check/ValidationTrustAnchors.h"
#include "core/findings/Finding.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>

#include <memory>

typedef struct ldns_struct_rr_list ldns_rr_list;

namespace danewerk::core {

class DnsAnswer;
class DnsSource;

// DNSSEC validation by the engine itself, from the trust anchor down, zone cut by zone cut (RFC 4035 5):
// for each ancestor of a name it asks the (recursive, CD=1 DO=1) resolver for DS, verifies DS against the
// parent's keys, DNSKEY against DS, and every RRset against its zone's keys at `now`; absent DS and absent
// data must be proven by validated NSEC/NSEC3. One instance per mail domain, used from one thread.
class ChainValidator {
    Q_DECLARE_TR_FUNCTIONS(danewerk::core::ChainValidator)

public:
    struct Options {
        QDateTime now;
        qint64 expiryWarningSeconds = 7 * 86400;
    };

    ChainValidator(DnsSource& source, ValidationTrustAnchors anchors, Options options, ChainGraph* graph);
    ~ChainValidator();

    [[nodiscard]] ValidatedRrset lookup(const QString& name, quint16 type);

    // Findings about the DNSSEC chain (expired signatures, DS without key, ...), deduplicated.
    [[nodiscard]] Findings findings() const { return m_findings; }
    // True once any resolver answered at all.
    [[nodiscard]] bool resolverAnswered() const { return m_answered; }
    // True when a resolver answered the anchor's DNSKEY query without any RRSIG: it strips DNSSEC
    // (RFC 7672 2.1.1), an environment problem.
    [[nodiscard]] bool dnssecStripped() const { return m_stripped; }

private:
    struct Zone;
    struct SignatureCheck;

    std::shared_ptr<Zone> findZone(const QString& name);
    std::shared_ptr<Zone> anchorZone(const QString& anchor);
    std::shared_ptr<Zone> validateKeys(const QString& zoneName, const std::shared_ptr<Zone>& parent,
                                       const ldns_rr_list* anchorsOrDs);
    // 0: not a cut, 1: descended into a secure child (out), 2: stop with out (insecure/bogus/unresolved),
    // 3: the name does not exist (stop below the current zone)
    int stepInto(const std::shared_ptr<Zone>& zone, const QString& child, std::shared_ptr<Zone>& out);
    SignatureCheck verifySigned(const ldns_rr_list* rrset, const DnsAnswer& packet, int section, const QString& owner,
                                quint16 type, const Zone& zone);
    // The NSEC/NSEC3 records of the authority section whose signatures verify with the zone's keys (owned).
    ldns_rr_list* validatedProofs(const DnsAnswer& packet, const Zone& zone);
    bool wildcardProven(const SignatureCheck& check, const DnsAnswer& packet, const Zone& zone, const QString& owner,
                        quint16 type);
    void addFinding(Severity severity, const QString& code, const QString& message, const QString& rfc,
                    const QString& fix, const QString& owner, quint16 type);
    void noteExpiry(const QDateTime& expires, const QString& owner, quint16 type);

    DnsSource& m_source;
    ValidationTrustAnchors m_anchors;
    Options m_options;
    ChainGraph* m_graph;
    QHash<QString, std::shared_ptr<Zone>> m_zones;     // validated zones by apex
    QHash<QString, std::shared_ptr<Zone>> m_enclosing; // name -> the zone that holds it
    QSet<QString> m_notZoneCuts;                       // names proven (or answered) not to be zone cuts
    Findings m_findings;
    bool m_answered = false;
    bool m_stripped = false;
};

} // namespace danewerk::core
