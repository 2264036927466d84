#include "core/check/ChainValidator.h"

#include "core/check/DenialProof.h"
#include "core/check/DnsAnswer.h"
#include "core/check/DnsNames.h"
#include "core/dns/DnsSource.h"
#include "core/dns/Ldns.h"

namespace danewerk::core {

namespace {

constexpr int MaxCnameHops = 8;

QString typeName(quint16 type) {
    char* text = ldns_rr_type2str(ldns_rr_type(type));
    QString name = QString::fromLatin1(text);
    free(text);
    return name;
}

QString rdataText(const ldns_rr* rr) {
    QStringList parts;
    for (size_t i = 0; i < ldns_rr_rd_count(rr); ++i) {
        char* text = ldns_rdf2str(ldns_rr_rdf(rr, i));
        parts << QString::fromLatin1(text);
        free(text);
    }
    return parts.join(QLatin1Char(' '));
}

QDateTime fromRrsigTime(const ldns_rdf* rdf) {
    return QDateTime::fromSecsSinceEpoch(qint64(ldns_rdf2native_time_t(rdf)), Qt::UTC);
}

bool isSupportedAlgorithm(int algorithm) {
    switch (algorithm) {
    case 5:
    case 7:
    case 8:
    case 10:
    case 13:
    case 14:
    case 15:
    case 16:
        return true;
    default:
        return false;
    }
}

bool isSupportedDigest(int digest) {
    return digest == 1 || digest == 2 || digest == 4;
}

} // namespace

struct ChainValidator::Zone {
    QString name;
    DnssecState state = DnssecState::Unresolved;
    QString reason;
    ldns::RrListPtr keys; // the validated DNSKEY RRset (secure zones)
};

struct ChainValidator::SignatureCheck {
    DnssecState state = DnssecState::Bogus;
    QString reason;
    QDateTime expires;
    QList<int> keyTags;
    int labels = -1; // the RRSIG labels field of a validating signature (wildcard detection)
};

ChainValidator::ChainValidator(DnsSource& source, ValidationTrustAnchors anchors, Options options, ChainGraph* graph)
    : m_source(source), m_anchors(std::move(anchors)), m_options(std::move(options)), m_graph(graph) {}

ChainValidator::~ChainValidator() = default;

void ChainValidator::addFinding(Severity severity, const QString& code, const QString& message, const QString& rfc,
                                const QString& fix, const QString& owner, quint16 type) {
    for (const Finding& f : std::as_const(m_findings))
        if (f.code == code && f.owner == owner && f.type == typeName(type))
            return;
    Finding f = Finding::make(severity, code, message, rfc, fix);
    f.owner = owner;
    f.type = typeName(type);
    m_findings.append(f);
}

void ChainValidator::noteExpiry(const QDateTime& expires, const QString& owner, quint16 type) {
    if (!expires.isValid() || expires > m_options.now.addSecs(m_options.expiryWarningSeconds))
        return;
    addFinding(Severity::Warning, QStringLiteral("RRSIG_EXPIRES_SOON"),
               tr("The signature over %1/%2 expires at %3.").arg(owner, typeName(type), expires.toString(Qt::ISODate)),
               QStringLiteral("RFC 4035 5.3.1"), tr("Re-sign the zone (check that automatic signing is running)."),
               owner, type);
}

ChainValidator::SignatureCheck ChainValidator::verifySigned(const ldns_rr_list* rrset, const DnsAnswer& packet,
                                                            int section, const QString& owner, quint16 type,
                                                            const Zone& zone) {
    SignatureCheck check;
    if (zone.state != DnssecState::Secure) {
        check.state = zone.state;
        check.reason = zone.reason;
        return check;
    }
    const ldns::RrListPtr sigs = packet.signatures(section, owner, type);
    bool expired = false;
    bool notYet = false;
    QStringList failures;
    for (size_t i = 0; i < ldns_rr_list_rr_count(sigs.get()); ++i) {
        const ldns_rr* sig = ldns_rr_list_rr(sigs.get(), i);
        if (rdfToName(ldns_rr_rrsig_signame(sig)) != zone.name) {
            failures
                << QStringLiteral("signer %1 is not the zone %2").arg(rdfToName(ldns_rr_rrsig_signame(sig)), zone.name);
            continue;
        }
        const ldns_status status = ldns_verify_rrsig_keylist_time(rrset, sig, zone.keys.get(),
                                                                  time_t(m_options.now.toSecsSinceEpoch()), nullptr);
        if (status == LDNS_STATUS_OK) {
            check.state = DnssecState::Secure;
            const QDateTime expires = fromRrsigTime(ldns_rr_rrsig_expiration(sig));
            if (!check.expires.isValid() || expires < check.expires)
                check.expires = expires;
            check.keyTags << int(ldns_rdf2native_int16(ldns_rr_rrsig_keytag(sig)));
            if (check.labels < 0)
                check.labels = ldns_rdf2native_int8(ldns_rr_rrsig_labels(sig));
            continue;
        }
        expired = expired || status == LDNS_STATUS_CRYPTO_SIG_EXPIRED;
        notYet = notYet || status == LDNS_STATUS_CRYPTO_SIG_NOT_INCEPTED;
        failures << QString::fromLatin1(ldns_get_errorstr_by_id(status));
    }
    if (check.state == DnssecState::Secure) {
        noteExpiry(check.expires, owner, type);
        return check;
    }
    if (ldns_rr_list_rr_count(sigs.get()) == 0)
        failures << QStringLiteral("no RRSIG");
    check.reason = QStringLiteral("%1/%2: %3").arg(owner, typeName(type), failures.join(QStringLiteral("; ")));
    if (expired)
        addFinding(Severity::Error, QStringLiteral("RRSIG_EXPIRED"),
                   tr("The signature over %1/%2 has expired: validating resolvers treat the data as bogus.")
                       .arg(owner, typeName(type)),
                   QStringLiteral("RFC 4035 5.3.1"), tr("Re-sign the zone and make sure signing runs regularly."),
                   owner, type);
    else if (notYet)
        addFinding(Severity::Error, QStringLiteral("RRSIG_NOT_YET_VALID"),
                   tr("The signature over %1/%2 is not valid yet.").arg(owner, typeName(type)),
                   QStringLiteral("RFC 4035 5.3.1"), tr("Check the signer's clock and re-sign the zone."), owner, type);
    else
        addFinding(Severity::Error, QStringLiteral("RRSIG_INVALID"),
                   tr("No valid signature from zone %1 over %2/%3.").arg(zone.name, owner, typeName(type)),
                   QStringLiteral("RFC 4035 5.3"), tr("Re-sign the zone with its published keys."), owner, type);
    return check;
}

ldns_rr_list* ChainValidator::validatedProofs(const DnsAnswer& packet, const Zone& zone) {
    ldns_rr_list* proofs = ldns_rr_list_new();
    ldns_rr_list* authority = packet.section(1);
    for (size_t i = 0; authority && i < ldns_rr_list_rr_count(authority); ++i) {
        const ldns_rr* rr = ldns_rr_list_rr(authority, i);
        const quint16 t = ldns_rr_get_type(rr);
        if (t != LDNS_RR_TYPE_NSEC && t != LDNS_RR_TYPE_NSEC3)
            continue;
        const QString owner = rdfToName(ldns_rr_owner(rr));
        ldns::RrListPtr single = packet.records(1, owner, t);
        if (verifySigned(single.get(), packet, 1, owner, t, zone).state == DnssecState::Secure)
            ldns_rr_list_push_rr(proofs, ldns_rr_clone(rr));
    }
    return proofs;
}

bool ChainValidator::wildcardProven(const SignatureCheck& check, const DnsAnswer& packet, const Zone& zone,
                                    const QString& owner, quint16 type) {
    // RRSIG labels below the owner's label count: the answer was synthesized from a wildcard, and is only
    // secure with proof that the name itself does not exist (RFC 4035 5.3.4).
    if (check.state != DnssecState::Secure || check.labels < 0 || check.labels >= labelCount(owner) ||
        owner.startsWith(QLatin1String("*.")))
        return true;
    const ldns::RrListPtr proofs(validatedProofs(packet, zone));
    if (DenialProof::wildcardExpansionProven(proofs.get(), zone.name, owner, check.labels))
        return true;
    addFinding(Severity::Error, QStringLiteral("WILDCARD_PROOF_MISSING"),
               tr("%1/%2 was synthesized from a wildcard without proof that the name itself does not exist.")
                   .arg(owner, typeName(type)),
               QStringLiteral("RFC 4035 5.3.4"), tr("Check the zone's NSEC/NSEC3 chain and the resolver."), owner,
               type);
    return false;
}

std::shared_ptr<ChainValidator::Zone> ChainValidator::validateKeys(const QString& zoneName,
                                                                   const std::shared_ptr<Zone>& parent,
                                                                   const ldns_rr_list* anchorsOrDs) {
    auto zone = std::make_shared<Zone>();
    zone->name = zoneName;
    const QString zoneId = QStringLiteral("zone:") + zoneName;
    // The DNSKEY nodes and the DS -> DNSKEY edges are drawn once the DNSKEY RRset is judged: a key is only as
    // trustworthy as the RRset it came in (RFC 4035 5.2), so they take its state, bogus included.
    QList<QPair<QString, QString>> keyNodes; // id, label
    QList<QPair<QString, QString>> dsEdges;  // DS id, key id
    QList<QPair<QString, QString>> keySigns; // signing key id, signed key id (only when the RRset verified)
    const auto finish = [&](DnssecState state, const QString& reason) {
        zone->state = state;
        zone->reason = reason;
        if (m_graph) {
            for (const auto& [id, label] : std::as_const(keyNodes))
                m_graph->addNode(id, QStringLiteral("dnskey"), label, dnssecStateName(state));
            for (const auto& [ds, key] : std::as_const(dsEdges))
                m_graph->addEdge(ds, key, QStringLiteral("ds-dnskey"), dnssecStateName(state));
            for (const auto& [signer, key] : std::as_const(keySigns))
                m_graph->addEdge(signer, key, QStringLiteral("rrsig"), dnssecStateName(state));
            m_graph->addNode(zoneId, QStringLiteral("zone"), zoneName, dnssecStateName(state));
            if (parent)
                m_graph->addEdge(QStringLiteral("zone:") + parent->name, zoneId, QStringLiteral("delegation"),
                                 dnssecStateName(state));
        }
        m_zones.insert(zoneName, zone);
        return zone;
    };

    // Which DS/anchor records can be used at all (RFC 4035 5.2: none usable means insecure).
    int usable = 0;
    for (size_t i = 0; i < ldns_rr_list_rr_count(anchorsOrDs); ++i) {
        const ldns_rr* rr = ldns_rr_list_rr(anchorsOrDs, i);
        if (ldns_rr_get_type(rr) == LDNS_RR_TYPE_DS) {
            const int algorithm = ldns_rdf2native_int8(ldns_rr_rdf(rr, 1));
            const int digest = ldns_rdf2native_int8(ldns_rr_rdf(rr, 2));
            if (isSupportedAlgorithm(algorithm) && isSupportedDigest(digest))
                ++usable;
            if (m_graph)
                m_graph->addNode(
                    QStringLiteral("ds:%1/%2").arg(zoneName).arg(ldns_rdf2native_int16(ldns_rr_rdf(rr, 0))),
                    QStringLiteral("ds"),
                    QStringLiteral("DS %1 %2 %3")
                        .arg(ldns_rdf2native_int16(ldns_rr_rdf(rr, 0)))
                        .arg(algorithm)
                        .arg(digest),
                    QStringLiteral("secure"));
        } else {
            ++usable;
        }
    }
    if (usable == 0)
        return finish(DnssecState::Insecure, QStringLiteral("no DS record with a supported algorithm and digest"));

    const DnsResponse response = m_source.query(zoneName, LDNS_RR_TYPE_DNSKEY);
    const DnsAnswer packet = DnsAnswer::parse(response);
    if (!packet.answered())
        return finish(DnssecState::Unresolved, QStringLiteral("DNSKEY %1: %2").arg(zoneName, packet.error()));
    m_answered = true;
    if (packet.rcode() != LDNS_RCODE_NOERROR)
        return finish(DnssecState::Unresolved, QStringLiteral("DNSKEY %1: rcode %2").arg(zoneName).arg(packet.rcode()));
    ldns::RrListPtr keys = packet.records(0, zoneName, LDNS_RR_TYPE_DNSKEY);
    if (!parent && !packet.hasAnySignature())
        m_stripped = true;

    // Keys that a DS (or an anchor) vouches for.
    ldns::RrListShallowPtr trusted(ldns_rr_list_new());
    for (size_t k = 0; k < ldns_rr_list_rr_count(keys.get()); ++k) {
        ldns_rr* key = ldns_rr_list_rr(keys.get(), k);
        const int tag = ldns_calc_keytag(key);
        const int flags = ldns_rdf2native_int16(ldns_rr_dnskey_flags(key));
        const QString keyId = QStringLiteral("dnskey:%1/%2").arg(zoneName).arg(tag);
        bool vouched = false;
        for (size_t i = 0; i < ldns_rr_list_rr_count(anchorsOrDs); ++i) {
            const ldns_rr* anchor = ldns_rr_list_rr(anchorsOrDs, i);
            const bool match = ldns_rr_get_type(anchor) == LDNS_RR_TYPE_DS ? ldns_rr_compare_ds(anchor, key)
                                                                           : ldns_rr_compare_ds(key, anchor);
            if (!match)
                continue;
            vouched = true;
            if (ldns_rr_get_type(anchor) == LDNS_RR_TYPE_DS)
                dsEdges.append(
                    {QStringLiteral("ds:%1/%2").arg(zoneName).arg(ldns_rdf2native_int16(ldns_rr_rdf(anchor, 0))),
                     keyId});
        }
        {
            QString label = QStringLiteral("DNSKEY %1 alg %2 %3")
                                .arg(tag)
                                .arg(ldns_rdf2native_int8(ldns_rr_dnskey_algorithm(key)))
                                .arg((flags & 1) ? QStringLiteral("SEP") : QStringLiteral("ZSK"));
            if (flags & 0x80)
                label += QStringLiteral(" REVOKED");
            if (!parent)
                label += QStringLiteral(" trust-anchor");
            keyNodes.append({keyId, label});
        }
        if (vouched && (flags & 0x100) && !(flags & 0x80))
            ldns_rr_list_push_rr(trusted.get(), key);
    }
    if (ldns_rr_list_rr_count(trusted.get()) == 0) {
        addFinding(
            Severity::Error, QStringLiteral("DS_NO_MATCHING_DNSKEY"),
            tr("No DNSKEY of %1 matches its DS records: the zone is bogus for validating resolvers.").arg(zoneName),
            QStringLiteral("RFC 4035 5.2"),
            tr("Publish the key the DS refers to, or replace the DS at the parent with one for a published key."),
            zoneName, LDNS_RR_TYPE_DS);
        return finish(DnssecState::Bogus, QStringLiteral("no DNSKEY of %1 matches the DS records").arg(zoneName));
    }
    // The DNSKEY RRset must be signed by one of the vouched keys.
    Zone ksk;
    ksk.name = zoneName;
    ksk.state = DnssecState::Secure;
    ksk.keys.reset(ldns_rr_list_clone(trusted.get()));
    const SignatureCheck check = verifySigned(keys.get(), packet, 0, zoneName, LDNS_RR_TYPE_DNSKEY, ksk);
    if (check.state != DnssecState::Secure)
        return finish(DnssecState::Bogus, check.reason);
    for (size_t k = 0; k < ldns_rr_list_rr_count(keys.get()); ++k)
        for (int signer : check.keyTags)
            if (int(ldns_calc_keytag(ldns_rr_list_rr(keys.get(), k))) != signer)
                keySigns.append({QStringLiteral("dnskey:%1/%2").arg(zoneName).arg(signer),
                                 QStringLiteral("dnskey:%1/%2")
                                     .arg(zoneName)
                                     .arg(ldns_calc_keytag(ldns_rr_list_rr(keys.get(), k)))});
    zone->keys = std::move(keys);
    return finish(DnssecState::Secure, {});
}

std::shared_ptr<ChainValidator::Zone> ChainValidator::anchorZone(const QString& anchor) {
    if (auto it = m_zones.constFind(anchor); it != m_zones.constEnd())
        return *it;
    ldns::RrListShallowPtr own(ldns_rr_list_new());
    const ldns_rr_list* all = m_anchors.records();
    for (size_t i = 0; i < ldns_rr_list_rr_count(all); ++i)
        if (rdfToName(ldns_rr_owner(ldns_rr_list_rr(all, i))) == anchor)
            ldns_rr_list_push_rr(own.get(), ldns_rr_list_rr(all, i));
    return validateKeys(anchor, nullptr, own.get());
}

int ChainValidator::stepInto(const std::shared_ptr<Zone>& zone, const QString& child, std::shared_ptr<Zone>& out) {
    if (auto it = m_zones.constFind(child); it != m_zones.constEnd()) {
        out = *it;
        return out->state == DnssecState::Secure ? 1 : 2;
    }
    const DnsResponse response = m_source.query(child, LDNS_RR_TYPE_DS);
    const DnsAnswer packet = DnsAnswer::parse(response);
    const auto stop = [&](DnssecState state, const QString& reason) {
        out = std::make_shared<Zone>();
        out->name = child;
        out->state = state;
        out->reason = reason;
        if (m_graph) {
            m_graph->addNode(QStringLiteral("zone:") + child, QStringLiteral("zone"), child, dnssecStateName(state));
            m_graph->addEdge(QStringLiteral("zone:") + zone->name, QStringLiteral("zone:") + child,
                             QStringLiteral("delegation"), dnssecStateName(state));
        }
        m_zones.insert(child, out);
        return 2;
    };
    if (!packet.answered())
        return stop(DnssecState::Unresolved, QStringLiteral("DS %1: %2").arg(child, packet.error()));
    m_answered = true;
    if (packet.rcode() == LDNS_RCODE_NXDOMAIN)
        return 3; // the name does not exist, nor anything below it; the final lookup proves it
    if (packet.rcode() != LDNS_RCODE_NOERROR)
        return stop(DnssecState::Unresolved, QStringLiteral("DS %1: rcode %2").arg(child).arg(packet.rcode()));
    ldns::RrListPtr ds = packet.records(0, child, LDNS_RR_TYPE_DS);
    if (ldns_rr_list_rr_count(ds.get()) > 0) {
        const SignatureCheck check = verifySigned(ds.get(), packet, 0, child, LDNS_RR_TYPE_DS, *zone);
        if (check.state != DnssecState::Secure)
            return stop(check.state == DnssecState::Bogus ? DnssecState::Bogus : check.state, check.reason);
        if (m_graph)
            for (size_t i = 0; i < ldns_rr_list_rr_count(ds.get()); ++i)
                for (int signer : check.keyTags)
                    m_graph->addEdge(QStringLiteral("dnskey:%1/%2").arg(zone->name).arg(signer),
                                     QStringLiteral("ds:%1/%2")
                                         .arg(child)
                                         .arg(ldns_rdf2native_int16(ldns_rr_rdf(ldns_rr_list_rr(ds.get(), i), 0))),
                                     QStringLiteral("rrsig"), QStringLiteral("secure"));
        out = validateKeys(child, zone, ds.get());
        return out->state == DnssecState::Secure ? 1 : 2;
    }
    if (ldns_rr_list_rr_count(packet.records(0, child, LDNS_RR_TYPE_CNAME).get()) > 0)
        return 0;
    // No DS: is this a delegation at all, and is its absence proven?
    const ldns::RrListPtr proofs(validatedProofs(packet, *zone));
    const DenialCheck denial = DenialProof::check(proofs.get(), zone->name, child, LDNS_RR_TYPE_DS, false);
    switch (denial.outcome) {
    case DenialCheck::Outcome::NoData:
    case DenialCheck::Outcome::NxDomain:
        return 0;
    case DenialCheck::Outcome::InsecureDelegation:
        if (m_graph)
            m_graph->addNode(QStringLiteral("proof:%1/DS").arg(child), QStringLiteral("proof"),
                             QStringLiteral("%1 no DS (%2)")
                                 .arg(child, denial.nsec3 ? QStringLiteral("NSEC3") : QStringLiteral("NSEC")),
                             QStringLiteral("insecure"));
        return stop(DnssecState::Insecure, QStringLiteral("%1 is an unsigned delegation").arg(child));
    case DenialCheck::Outcome::Nsec3TooCostly:
        addFinding(Severity::Warning, QStringLiteral("NSEC3_ITERATIONS_TOO_HIGH"),
                   tr("Zone %1 uses more than 150 NSEC3 iterations: validators treat its denials as insecure.")
                       .arg(zone->name),
                   QStringLiteral("RFC 9276 3.2"), tr("Re-sign with NSEC3 iterations 0 and no salt."), zone->name,
                   LDNS_RR_TYPE_NSEC3PARAM);
        return stop(DnssecState::Insecure, QStringLiteral("NSEC3 iterations above 150 in %1").arg(zone->name));
    case DenialCheck::Outcome::NotProven:
        break;
    }
    if (!packet.hasAnySignature() && zone->name == QLatin1String("."))
        m_stripped = true;
    return stop(DnssecState::Bogus, QStringLiteral("DS %1: absence not proven (%2)").arg(child, denial.reason));
}

std::shared_ptr<ChainValidator::Zone> ChainValidator::findZone(const QString& name) {
    if (auto it = m_enclosing.constFind(name); it != m_enclosing.constEnd())
        return *it;
    const QString anchor = m_anchors.closestAnchor(name);
    if (anchor.isEmpty()) {
        auto zone = std::make_shared<Zone>();
        zone->name = QStringLiteral(".");
        zone->state = DnssecState::Indeterminate;
        zone->reason = QStringLiteral("no trust anchor covers %1").arg(name);
        return zone;
    }
    std::shared_ptr<Zone> zone = anchorZone(anchor);
    for (int labels = labelCount(anchor) + 1; zone->state == DnssecState::Secure && labels <= labelCount(name);
         ++labels) {
        std::shared_ptr<Zone> next;
        const QString child = ancestorWithLabels(name, labels);
        if (m_notZoneCuts.contains(child))
            continue;
        const int step = stepInto(zone, child, next);
        if (step == 0) {
            m_notZoneCuts.insert(child);
            continue;
        }
        if (step == 3)
            break;
        zone = next;
    }
    m_enclosing.insert(name, zone);
    return zone;
}

ValidatedRrset ChainValidator::lookup(const QString& name, quint16 type) {
    ValidatedRrset result;
    result.name = normalizedName(name);
    result.type = type;
    result.finalName = result.name;
    DnssecState combined = DnssecState::Secure;
    QString current = result.name;
    QStringList seen;
    for (int hop = 0; hop <= MaxCnameHops; ++hop) {
        if (seen.contains(current)) {
            // Resolvers answer SERVFAIL to loops: no data, not a validation failure.
            result.state = DnssecState::Unresolved;
            result.reason = QStringLiteral("CNAME loop at %1").arg(current);
            return result;
        }
        seen << current;
        const std::shared_ptr<Zone> zone = findZone(current);
        if (zone->state == DnssecState::Unresolved && !m_answered) {
            // Nothing has answered at all: asking again only multiplies the timeouts.
            if (hop == 0)
                result.firstHopState = DnssecState::Unresolved;
            result.state = DnssecState::Unresolved;
            result.reason = zone->reason;
            return result;
        }
        const DnsResponse response = m_source.query(current, type);
        const DnsAnswer packet = DnsAnswer::parse(response);
        const auto done = [&](DnssecState state, const QString& reason) {
            if (hop == 0)
                result.firstHopState = state;
            result.state = combineDnssecStates(combined, state);
            if (result.reason.isEmpty())
                result.reason = reason;
            return result;
        };
        if (!packet.answered())
            return done(DnssecState::Unresolved,
                        QStringLiteral("%1/%2: %3").arg(current, typeName(type), packet.error()));
        m_answered = true;
        if (packet.rcode() != LDNS_RCODE_NOERROR && packet.rcode() != LDNS_RCODE_NXDOMAIN)
            return done(DnssecState::Unresolved,
                        QStringLiteral("%1/%2: rcode %3").arg(current, typeName(type)).arg(packet.rcode()));
        const QString rrsetId = QStringLiteral("rrset:%1/%2").arg(current, typeName(type));
        ldns::RrListPtr data = packet.records(0, current, type);
        if (ldns_rr_list_rr_count(data.get()) > 0) {
            SignatureCheck check = verifySigned(data.get(), packet, 0, current, type, *zone);
            if (!wildcardProven(check, packet, *zone, current, type)) {
                check.state = DnssecState::Bogus;
                check.reason =
                    QStringLiteral("%1/%2: wildcard answer without denial proof").arg(current, typeName(type));
            }
            result.exists = true;
            result.finalName = current;
            result.signatureExpires = check.expires;
            result.nodeId = rrsetId;
            for (size_t i = 0; i < ldns_rr_list_rr_count(data.get()); ++i) {
                const ldns_rr* rr = ldns_rr_list_rr(data.get(), i);
                DnsRecordData record;
                record.owner = current;
                record.type = type;
                record.ttl = ldns_rr_ttl(rr);
                record.rdataText = rdataText(rr);
                for (size_t r = 0; r < ldns_rr_rd_count(rr); ++r)
                    record.rdata += QByteArray(reinterpret_cast<const char*>(ldns_rdf_data(ldns_rr_rdf(rr, r))),
                                               qsizetype(ldns_rdf_size(ldns_rr_rdf(rr, r))));
                result.records.append(record);
            }
            if (m_graph) {
                m_graph->addNode(rrsetId, QStringLiteral("rrset"), QStringLiteral("%1 %2").arg(current, typeName(type)),
                                 dnssecStateName(check.state));
                for (int signer : check.keyTags)
                    m_graph->addEdge(QStringLiteral("dnskey:%1/%2").arg(zone->name).arg(signer), rrsetId,
                                     QStringLiteral("rrsig"), dnssecStateName(check.state));
                if (check.keyTags.isEmpty())
                    m_graph->addEdge(QStringLiteral("zone:") + zone->name, rrsetId, QStringLiteral("rrsig"),
                                     dnssecStateName(check.state));
            }
            return done(check.state, check.reason);
        }
        ldns::RrListPtr cname = packet.records(0, current, LDNS_RR_TYPE_CNAME);
        if (type != LDNS_RR_TYPE_CNAME && ldns_rr_list_rr_count(cname.get()) > 0) {
            SignatureCheck check = verifySigned(cname.get(), packet, 0, current, LDNS_RR_TYPE_CNAME, *zone);
            if (!wildcardProven(check, packet, *zone, current, LDNS_RR_TYPE_CNAME)) {
                check.state = DnssecState::Bogus;
                check.reason = QStringLiteral("%1/CNAME: wildcard answer without denial proof").arg(current);
            }
            if (hop == 0)
                result.firstHopState = check.state;
            combined = combineDnssecStates(combined, check.state);
            if (result.reason.isEmpty())
                result.reason = check.reason;
            result.cnameChain << current;
            const QString target = rdfToName(ldns_rr_rdf(ldns_rr_list_rr(cname.get(), 0), 0));
            if (m_graph) {
                const QString cnameId = QStringLiteral("rrset:%1/CNAME").arg(current);
                m_graph->addNode(cnameId, QStringLiteral("rrset"), QStringLiteral("%1 CNAME %2").arg(current, target),
                                 dnssecStateName(check.state));
                m_graph->addEdge(cnameId, QStringLiteral("rrset:%1/%2").arg(target, typeName(type)),
                                 QStringLiteral("cname"), dnssecStateName(check.state));
            }
            current = target;
            result.finalName = current;
            continue;
        }
        // No data: NODATA or NXDOMAIN, proven or not.
        result.nxdomain = packet.rcode() == LDNS_RCODE_NXDOMAIN;
        const QString proofId = QStringLiteral("proof:%1/%2").arg(current, typeName(type));
        result.nodeId = proofId;
        if (zone->state != DnssecState::Secure)
            return done(zone->state, zone->reason);
        const ldns::RrListPtr proofs(validatedProofs(packet, *zone));
        const DenialCheck denial = DenialProof::check(proofs.get(), zone->name, current, type, result.nxdomain);
        DnssecState state = DnssecState::Bogus;
        QString reason;
        switch (denial.outcome) {
        case DenialCheck::Outcome::NoData:
        case DenialCheck::Outcome::NxDomain:
        case DenialCheck::Outcome::InsecureDelegation:
            state = DnssecState::Secure;
            result.denialProven = true;
            break;
        case DenialCheck::Outcome::Nsec3TooCostly:
            state = DnssecState::Insecure;
            reason = QStringLiteral("NSEC3 iterations above 150");
            break;
        case DenialCheck::Outcome::NotProven:
            reason = QStringLiteral("%1/%2: denial not proven (%3)").arg(current, typeName(type), denial.reason);
            break;
        }
        if (m_graph) {
            m_graph->addNode(proofId, QStringLiteral("proof"),
                             QStringLiteral("%1 %2 %3 (%4)")
                                 .arg(current, result.nxdomain ? QStringLiteral("NXDOMAIN") : QStringLiteral("no"),
                                      typeName(type), denial.nsec3 ? QStringLiteral("NSEC3") : QStringLiteral("NSEC")),
                             dnssecStateName(state));
            m_graph->addEdge(QStringLiteral("zone:") + zone->name, proofId, QStringLiteral("rrsig"),
                             dnssecStateName(state));
        }
        return done(state, reason);
    }
    result.state = DnssecState::Unresolved;
    result.reason = QStringLiteral("CNAME chain longer than %1").arg(MaxCnameHops);
    return result;
}

} // namespace danewerk::core
