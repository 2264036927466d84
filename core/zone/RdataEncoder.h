#pragma once

#include "core/zone/ZoneTokenizer.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <vector>

namespace danewerk::core {

// The fast path of the zone loader: RDATA of the common types encoded straight from the tokens, without ldns.
// Anything it does not know (rare types, mnemonics it does not accept) falls back to LdnsRdataParser.
class RdataEncoder {
public:
    enum class Outcome {
        Done,     // rdata holds the wire form
        Fallback, // type or syntax variant not handled here: ask ldns
        Failed,   // the text is wrong: message and badToken say where (ldns is still asked to confirm)
    };
    static Outcome encode(quint16 type, const std::vector<ZoneToken>& tokens, size_t first, QByteArrayView origin,
                          QByteArray& rdata, QString& message, size_t& badToken);
};

} // namespace danewerk::core
