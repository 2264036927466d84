#include "core/lab/LabZoneFactory.h"

#include "core/common/AtomicFile.h"
#include "core/lab/LabCertificateFactory.h"
#include "core/lab/LabDnssecRecords.h"
#include "core/lab/LabKeySet.h"

#include <QDir>
#include <QMap>

namespace danewerk::core {

namespace {

const WriteOptions Overwrite{true, false};

Result<QString> dsOf(const QString& keyFile) {
    auto dnskey = LabDnssecRecords::dnskeyFromKeyFile(keyFile);
    if (!dnskey)
        return dnskey.error();
    return LabDnssecRecords::dsFromDnskey(dnskey.value(), LabZoneBuilder::Ttl);
}

} // namespace

LabZoneFactory::LabZoneFactory(const LabAddressPlan& plan, const LabPaths& paths, LabZoneSigner& signer, QDateTime now,
                               quint32 serial)
    : m_plan(plan), m_paths(paths), m_signer(signer), m_now(std::move(now)), m_builder(plan, serial) {}

Result<void> LabZoneFactory::signZone(const QString& zone, const QString& text, LabSignatureTiming timing, bool nsec3,
                                      const LabKeySet& keys) {
    const QString source = m_paths.zoneSource(zone);
    if (auto written = writeFileAtomically(source, text.toUtf8(), Overwrite); !written)
        return written.error();
    LabSigningRequest request;
    request.origin = zone;
    request.unsignedFile = source;
    request.signedFile = m_paths.zoneServed(zone);
    request.keyFiles = {keys.ksk, keys.zsk};
    request.nsec3 = nsec3;
    switch (timing) {
    case LabSignatureTiming::Current:
        request.inception = m_now.addSecs(-3600);
        request.expiration = m_now.addDays(21);
        break;
    case LabSignatureTiming::Expired:
        request.inception = m_now.addDays(-60);
        request.expiration = m_now.addDays(-30);
        break;
    case LabSignatureTiming::Expiring:
        request.inception = m_now.addSecs(-3600);
        request.expiration = m_now.addDays(2);
        break;
    }
    return m_signer.sign(request);
}

Result<QList<LabDelegationRecords>> LabZoneFactory::scenario(const LabScenario& scenario) {
    QMap<QString, LabCertificate> certificates;
    for (const LabCertificateSpec& spec : scenario.certificates) {
        auto certificate = LabCertificateFactory::ensure(spec, m_paths.certsDir(scenario.id), m_now);
        if (!certificate)
            return certificate.error();
        certificates.insert(spec.id, certificate.value());
    }
    QList<LabDelegationRecords> delegations;
    for (const LabZoneSpec& zone : scenario.zones) {
        auto text = m_builder.scenarioZone(scenario, zone, certificates);
        if (!text)
            return text.error();
        if (zone.signing == LabSigning::Proxy) {
            QDir().mkpath(QFileInfo(m_paths.hiddenZone(zone.name)).path());
            if (auto written = writeFileAtomically(m_paths.hiddenZone(zone.name), text->toUtf8(), Overwrite); !written)
                return written.error();
            continue;
        }
        LabDelegationRecords delegation{zone.name, {}};
        if (zone.signing == LabSigning::Unsigned) {
            for (const QString& path : {m_paths.zoneSource(zone.name), m_paths.zoneServed(zone.name)})
                if (auto written = writeFileAtomically(path, text->toUtf8(), Overwrite); !written)
                    return written.error();
        } else {
            auto keys = LabKeySet::ensure(m_signer, zone.name, m_paths.keysDir(zone.name), m_now);
            if (!keys)
                return keys.error();
            if (auto signedZone = signZone(zone.name, text.value(), zone.timing, zone.nsec3, keys.value()); !signedZone)
                return signedZone.error();
            QString dsKey = keys->ksk;
            if (zone.delegation == LabDelegation::MismatchingDs) {
                auto lost = LabKeySet::ensureLostKey(m_signer, zone.name, m_paths.keysDir(zone.name), m_now);
                if (!lost)
                    return lost.error();
                dsKey = lost.value();
            }
            if (zone.delegation != LabDelegation::NoDs) {
                auto ds = dsOf(dsKey);
                if (!ds)
                    return ds.error();
                delegation.dsLines.append(ds.value());
            }
        }
        delegations.append(delegation);
    }
    return delegations;
}

Result<void> LabZoneFactory::parents(const QList<LabDelegationRecords>& delegations) {
    auto tldKeys =
        LabKeySet::ensure(m_signer, QStringLiteral("test."), m_paths.keysDir(QStringLiteral("test.")), m_now);
    if (!tldKeys)
        return tldKeys.error();
    if (auto signedTld = signZone(QStringLiteral("test."), m_builder.tldZone(delegations), LabSignatureTiming::Current,
                                  false, tldKeys.value());
        !signedTld)
        return signedTld.error();
    auto tldDs = dsOf(tldKeys->ksk);
    if (!tldDs)
        return tldDs.error();

    auto rootKeys = LabKeySet::ensure(m_signer, QStringLiteral("."), m_paths.keysDir(QStringLiteral(".")), m_now);
    if (!rootKeys)
        return rootKeys.error();
    if (auto signedRoot = signZone(QStringLiteral("."), m_builder.rootZone({tldDs.value()}),
                                   LabSignatureTiming::Current, false, rootKeys.value());
        !signedRoot)
        return signedRoot.error();

    auto rootDnskey = LabDnssecRecords::dnskeyFromKeyFile(rootKeys->ksk);
    if (!rootDnskey)
        return rootDnskey.error();
    auto rootDs = LabDnssecRecords::dsFromDnskey(rootDnskey.value());
    if (!rootDs)
        return rootDs.error();
    auto bind = LabDnssecRecords::bindTrustAnchor(rootDs.value());
    if (!bind)
        return bind.error();
    const QByteArray note = "; Trust anchor of the Danewerk lab root (not the real root!)\n";
    if (auto written = writeFileAtomically(m_paths.trustAnchorDs(), note + rootDs->toUtf8() + '\n', Overwrite);
        !written)
        return written.error();
    if (auto written = writeFileAtomically(m_paths.trustAnchorDnskey(), note + rootDnskey->toUtf8() + '\n', Overwrite);
        !written)
        return written.error();
    return writeFileAtomically(m_paths.trustAnchorBind(), "# Danewerk lab root, for delv -a\n" + bind->toUtf8(),
                               Overwrite);
}

} // namespace danewerk::core
