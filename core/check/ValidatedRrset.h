#pragma once

#include "core/check/DnssecState.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace danewerk::core {

struct DnsRecordData {
    QString owner; // normalized
    quint16 type = 0;
    quint32 ttl = 0;
    QByteArray rdata;  // wire form
    QString rdataText; // presentation form
};

// One looked-up RRset with its DNSSEC state, after following CNAMEs (at most 8).
struct ValidatedRrset {
    QString name; // as asked, normalized
    quint16 type = 0;
    DnssecState state = DnssecState::Unresolved; // the weakest state along the CNAME chain
    QString reason;                              // why not secure (English, technical)
    bool exists = false;                         // records of the type were found
    bool nxdomain = false;
    bool denialProven = false;                           // absence proven by validated NSEC/NSEC3
    QString finalName;                                   // after CNAMEs
    QStringList cnameChain;                              // the owners of CNAMEs followed, first is name
    DnssecState firstHopState = DnssecState::Unresolved; // the state of the first answer (CNAME or data)
    QList<DnsRecordData> records;
    QDateTime signatureExpires; // the earliest expiry of the signatures used
    QString nodeId;             // the graph node (rrset or proof)
};

} // namespace danewerk::core
