#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace danewerk::core {

// A sentence in both languages of the product; the scenario files carry both.
struct LabText {
    QString en;
    QString de;
    [[nodiscard]] QString in(const QString& language) const { return language == u"de" && !de.isEmpty() ? de : en; }
};

// One certificate a scenario's mail servers present or its TLSA records name. "self-signed": a leaf that
// signs itself; "ca-leaf": a leaf issued by the scenario's own private CA (the chain sent is leaf + CA).
struct LabCertificateSpec {
    QString id;
    bool privateCa = false;
    QStringList names; // DNS SANs; the first is also the CN
};

// One SMTP server: its own loopback address, STARTTLS on or off, one certificate.
struct LabServerSpec {
    QString id;
    int addressOffset = 0; // IPv4: base + 1.<offset>
    bool ipv6 = false;     // on [::1] instead
    bool starttls = true;
    QString certificate; // id of a LabCertificateSpec
};

enum class LabSigning { Signed, Unsigned, Proxy };
enum class LabSignatureTiming { Current, Expired, Expiring };
enum class LabDelegation { MatchingDs, MismatchingDs, NoDs };

// One zone below test. Records are zone-file lines relative to the zone, with placeholders:
// {addr:SERVER} the server's address, {tlsa:CERT:U S M} the association data of a certificate
// (usage 2: its CA; other usages: the leaf).
struct LabZoneSpec {
    QString name; // "good.test."
    LabSigning signing = LabSigning::Signed;
    bool nsec3 = false;
    LabSignatureTiming timing = LabSignatureTiming::Current;
    LabDelegation delegation = LabDelegation::MatchingDs;
    QStringList records;
};

// What the live check must conclude (CLI.md verdicts and host statuses), and the DNSSEC states an
// independent validator sees.
struct LabExpectation {
    QString verdict;
    QString mxDnssec;                  // secure, insecure, bogus
    QMap<QString, QString> hosts;      // "mx1.good.test." -> "authenticated"
    QMap<QString, QString> tlsaDnssec; // "mx1.good.test." -> secure, insecure, bogus, absent
    QStringList findings;              // codes that must appear
};

struct LabScenario {
    QString id;
    int order = 0;
    QString domain; // "good.test."
    LabText title;
    LabText task;
    QList<LabText> hints;
    LabText explanation; // the teacher's answer
    QList<LabCertificateSpec> certificates;
    QList<LabServerSpec> servers;
    QList<LabZoneSpec> zones;
    LabExpectation expected;

    [[nodiscard]] const LabCertificateSpec* certificate(const QString& certificateId) const;
    [[nodiscard]] const LabServerSpec* server(const QString& serverId) const;
    [[nodiscard]] const LabZoneSpec* zone(const QString& zoneName) const;

    // The form `lab scenarios --json` prints; language picks title and task.
    [[nodiscard]] QJsonObject toJson(const QString& language = QStringLiteral("en")) const;
};

// Reads one scenario file. Error code LAB_SCENARIO_INVALID naming the file and the field.
[[nodiscard]] Result<LabScenario> parseLabScenario(const QByteArray& json, const QString& fileName);

} // namespace danewerk::core
