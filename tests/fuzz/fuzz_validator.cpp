// DNS answers fed to the validator: a whole mail-domain check (MX, addresses, TLSA, the DNSSEC chain from
// the trust anchor down, denial proofs, the chain graph) replayed from fuzzed resolver answers, SMTP off.
//
// Input: a sequence of entries, each a 2-octet big-endian length and that many octets. Entry 0 is the mail
// domain, entry 1 the trust anchor (zone format), entry 2 "now" (ISO 8601); every further entry is a DNS
// answer packet, served for the question in its own question section (as a resolver's cache would), so
// mutations of the answer keep reaching the validator for the same query.
#include "FuzzInput.h"
#include "core/check/MailCheckOptions.h"
#include "core/check/MailDomainCheck.h"
#include "core/check/SmtpProber.h"
#include "core/check/ValidationTrustAnchors.h"
#include "core/common/TimeFormat.h"
#include "core/dns/ReplayDnsSource.h"

#include <QJsonArray>

#include <optional>

using namespace danewerk::core;

namespace {

constexpr int MaxPackets = 256;

// The question of a packet: the owner name in presentation form (lower case, trailing dot) and the type.
std::optional<std::pair<QString, quint16>> questionOf(const QByteArray& wire) {
    if (wire.size() < 12 + 1 + 4)
        return std::nullopt;
    const auto* p = reinterpret_cast<const unsigned char*>(wire.constData());
    if (((p[4] << 8) | p[5]) != 1)
        return std::nullopt;
    qsizetype at = 12;
    QString name;
    for (int labels = 0; labels < 128; ++labels) {
        if (at >= wire.size())
            return std::nullopt;
        const int length = p[at++];
        if (length == 0)
            break;
        if (length > 63 || at + length > wire.size())
            return std::nullopt;
        for (int i = 0; i < length; ++i) {
            const char c = char(p[at + i]);
            if (c <= ' ' || c == '.' || c == '\\' || c > '~')
                return std::nullopt; // keep the key simple: only names that print as themselves
            name += QChar::fromLatin1(c).toLower();
        }
        name += QLatin1Char('.');
        at += length;
    }
    if (name.isEmpty())
        name = QStringLiteral(".");
    if (at + 4 > wire.size())
        return std::nullopt;
    return std::pair{name, quint16((p[at] << 8) | p[at + 1])};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size > 256 * 1024)
        return 0;
    const QByteArray input = danewerk::fuzz::inputBytes(data, size);
    QList<QByteArray> entries;
    for (qsizetype at = 0; at + 2 <= input.size() && entries.size() < 3 + MaxPackets;) {
        const int length = (uchar(input[at]) << 8) | uchar(input[at + 1]);
        at += 2;
        if (at + length > input.size())
            break;
        entries << input.mid(at, length);
        at += length;
    }
    if (entries.size() < 3)
        return 0;
    const QString domain = QString::fromUtf8(entries[0]);
    const auto anchors = ValidationTrustAnchors::fromText(QString::fromUtf8(entries[1]), QStringLiteral("fuzz"));
    const auto now = parseInstant(QString::fromLatin1(entries[2]));
    if (domain.isEmpty() || !anchors.ok() || !now)
        return 0;
    QList<DnsResponse> responses;
    for (qsizetype i = 3; i < entries.size(); ++i) {
        const auto question = questionOf(entries[i]);
        if (!question)
            continue;
        DnsResponse response;
        response.name = question->first;
        response.type = question->second;
        response.server = QStringLiteral("127.0.0.1#53");
        response.outcome = DnsResponse::Outcome::Answer;
        response.wire = entries[i];
        response.receivedAt = *now;
        responses << response;
    }
    MailCheckOptions options;
    options.now = *now;
    options.anchors = *anchors;
    options.smtp = false;
    ReplayDnsSource dns(responses);
    ReplaySmtpProber smtp{QJsonArray{}};
    const MailDomainResult result = MailDomainCheck(options, dns, smtp).run(domain);
    (void)result.toJson();
    return 0;
}
