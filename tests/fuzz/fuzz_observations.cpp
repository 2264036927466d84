// Saved check observations (check --replay DIR): the JSON document, every DNS answer in it as the validator
// parses it, every SMTP session and the recorded trust anchor.
#include "FuzzInput.h"
#include "core/check/CheckObservations.h"
#include "core/check/DnsAnswer.h"
#include "core/check/ValidationTrustAnchors.h"
#include "core/smtp/StartTlsProbe.h"

#include <QJsonDocument>

using namespace danewerk::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size > 1024 * 1024)
        return 0;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(danewerk::fuzz::inputBytes(data, size), &error);
    if (error.error != QJsonParseError::NoError)
        return 0;
    const auto observations = CheckObservations::fromJson(document.object(), QStringLiteral("fuzz.json"));
    if (!observations.ok())
        return 0;
    for (const QJsonValue& value : observations->dns) {
        const DnsResponse response = DnsResponse::fromJson(value.toObject());
        const DnsAnswer answer = DnsAnswer::parse(response);
        (void)answer.hasAnySignature();
        (void)response.toJson();
    }
    for (const QJsonValue& value : observations->smtp)
        (void)SmtpProbeResult::fromJson(value.toObject()).toJson();
    if (!observations->trustAnchor.isEmpty())
        (void)ValidationTrustAnchors::fromText(observations->trustAnchor, QStringLiteral("fuzz.json"));
    return 0;
}
