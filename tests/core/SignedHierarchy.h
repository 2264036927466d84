#pragma once

// A small DNSSEC hierarchy for the live-check tests, signed at test time with ldns (root -> test. ->
// domains): NSEC or NSEC3 per zone, unsigned zones for insecure delegations, expired signatures and DS
// records that match no key for the bogus cases. Signatures are valid around a pinned moment.

#include "core/dns/Ldns.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace danewerk::tests {

namespace ldns = ::danewerk::core::ldns;

struct FixtureZone {
    QString apex;    // "good.test."
    QString records; // zone-file lines relative to the apex (no SOA/NS needed)
    bool isSigned = true;
    bool nsec3 = false;
    int nsec3Iterations = 0;
    bool expired = false; // every signature expired a day before the pinned moment
    bool wrongDs = false; // the parent publishes a DS for a key the zone does not have
};

struct BuiltZone {
    QString apex;
    std::shared_ptr<ldns_rr_list> rrs; // every record, SOA included, signatures included
};

class SignedHierarchy {
public:
    explicit SignedHierarchy(QDateTime now) : m_now(std::move(now)) {}

    void addZone(FixtureZone zone) { m_zones.append(std::move(zone)); }
    // The root and test., whose many.test. TXT answer (60 records) is too large for a UDP message, with
    // www.test. A 192.0.2.1: the hierarchy the DNS client tests share.
    void addRootAndTest() {
        addZone({".", ""});
        QString big;
        for (int i = 0; i < 60; ++i)
            big += QStringLiteral("many TXT \"record number %1 with some padding to make the answer large\"\n").arg(i);
        addZone({"test.", big + "www A 192.0.2.1\n"});
    }

    // Children first, so each parent can carry its children's NS and DS. Returns an empty string or the error.
    QString build() {
        std::sort(m_zones.begin(), m_zones.end(),
                  [](const FixtureZone& a, const FixtureZone& b) { return depth(a.apex) > depth(b.apex); });
        QMap<QString, QStringList> extra; // parent apex -> NS/DS lines for its children
        for (const FixtureZone& zone : m_zones) {
            QString text = QStringLiteral("$ORIGIN %1\n$TTL 3600\n@ IN SOA ns.invalid. hostmaster.invalid. 1 3600 900 "
                                          "604800 300\n@ IN NS ns.invalid.\n")
                               .arg(zone.apex);
            text +=
                zone.records + QLatin1Char('\n') + extra.value(zone.apex).join(QLatin1Char('\n')) + QLatin1Char('\n');
            ldns_zone* parsed = nullptr;
            ldns::RdfPtr origin(ldns_dname_new_frm_str(zone.apex.toLatin1().constData()));
            QByteArray bytes = text.toLatin1();
            FILE* f = fmemopen(bytes.data(), size_t(bytes.size()), "r");
            int line = 0;
            const ldns_status status = ldns_zone_new_frm_fp_l(&parsed, f, origin.get(), 3600, LDNS_RR_CLASS_IN, &line);
            fclose(f);
            if (status != LDNS_STATUS_OK)
                return QStringLiteral("%1 line %2: %3").arg(zone.apex).arg(line).arg(ldns_get_errorstr_by_id(status));
            ldns::ZonePtr plain(parsed);

            const QString parent = parentApex(zone.apex);
            extra[parent] << QStringLiteral("%1 IN NS ns.invalid.").arg(zone.apex);
            BuiltZone built;
            built.apex = zone.apex;
            built.rrs.reset(ldns_rr_list_new(), [](ldns_rr_list* l) { ldns_rr_list_deep_free(l); });
            if (!zone.isSigned) {
                ldns_rr_list_push_rr(built.rrs.get(), ldns_rr_clone(ldns_zone_soa(plain.get())));
                for (size_t i = 0; i < ldns_rr_list_rr_count(ldns_zone_rrs(plain.get())); ++i)
                    ldns_rr_list_push_rr(built.rrs.get(),
                                         ldns_rr_clone(ldns_rr_list_rr(ldns_zone_rrs(plain.get()), i)));
                m_built.append(built);
                continue;
            }
            ldns_key* key = ldns_key_new_frm_algorithm(LDNS_SIGN_ECDSAP256SHA256, 256);
            ldns_key_set_flags(key, 257);
            ldns_key_set_pubkey_owner(key, ldns_rdf_clone(origin.get()));
            const QDateTime from = zone.expired ? m_now.addDays(-30) : m_now.addDays(-2);
            const QDateTime to = zone.expired ? m_now.addDays(-1) : m_now.addDays(30);
            ldns_key_set_inception(key, uint32_t(from.toSecsSinceEpoch()));
            ldns_key_set_expiration(key, uint32_t(to.toSecsSinceEpoch()));
            ldns_rr* keyRr = ldns_key2rr(key);
            ldns_key_set_keytag(key, ldns_calc_keytag(keyRr));
            ldns_zone_push_rr(plain.get(), keyRr);
            ldns_key_list* keys = ldns_key_list_new();
            ldns_key_list_push_key(keys, key);
            ldns_zone* signedZone = nullptr;
            if (zone.nsec3) {
                uint8_t salt[1] = {0xab};
                signedZone = ldns_zone_sign_nsec3(plain.get(), keys, 1, 0, uint16_t(zone.nsec3Iterations), 1, salt);
            } else {
                signedZone = ldns_zone_sign(plain.get(), keys);
            }
            if (!signedZone) {
                ldns_key_list_free(keys);
                return QStringLiteral("signing %1 failed").arg(zone.apex);
            }
            ldns::ZonePtr signedPtr(signedZone);
            ldns_rr_list_push_rr(built.rrs.get(), ldns_rr_clone(ldns_zone_soa(signedZone)));
            for (size_t i = 0; i < ldns_rr_list_rr_count(ldns_zone_rrs(signedZone)); ++i)
                ldns_rr_list_push_rr(built.rrs.get(), ldns_rr_clone(ldns_rr_list_rr(ldns_zone_rrs(signedZone), i)));
            // The DS for the parent (or, for a wrong DS, one of a key the zone never publishes).
            ldns_rr* dsSource = keyRr;
            ldns_key* other = nullptr;
            ldns_rr* otherRr = nullptr;
            if (zone.wrongDs) {
                other = ldns_key_new_frm_algorithm(LDNS_SIGN_ECDSAP256SHA256, 256);
                ldns_key_set_flags(other, 257);
                ldns_key_set_pubkey_owner(other, ldns_rdf_clone(origin.get()));
                otherRr = ldns_key2rr(other);
                dsSource = otherRr;
            }
            ldns_rr* ds = ldns_key_rr2ds(dsSource, LDNS_SHA256);
            char* dsText = ldns_rr2str(ds);
            if (zone.apex == QLatin1String("."))
                m_anchor = QString::fromLatin1(dsText);
            else
                extra[parent] << QString::fromLatin1(dsText).trimmed();
            free(dsText);
            ldns_rr_free(ds);
            ldns_rr_free(otherRr);
            if (other)
                ldns_key_deep_free(other);
            ldns_key_list_free(keys);
            m_built.append(built);
        }
        return {};
    }

    // The root's DS as a trust-anchor file line.
    QString trustAnchorText() const { return m_anchor; }
    const QList<BuiltZone>& zones() const { return m_built; }

    static int depth(const QString& apex) { return apex == QLatin1String(".") ? 0 : int(apex.count('.')); }

    static QString parentApex(const QString& apex) {
        if (apex == QLatin1String("."))
            return {};
        const QString rest = apex.section(QLatin1Char('.'), 1);
        return rest.isEmpty() ? QStringLiteral(".") : rest;
    }

private:
    QDateTime m_now;
    QList<FixtureZone> m_zones;
    QList<BuiltZone> m_built;
    QString m_anchor;
};

} // namespace danewerk::tests
