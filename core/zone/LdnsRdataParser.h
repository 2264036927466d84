#pragma once

#include "core/zone/ZoneTokenizer.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <vector>

namespace danewerk::core {

// The general path of the zone loader: RDATA of any type ldns knows, through ldns_rr_new_frm_str.
class LdnsRdataParser {
public:
    // Parses the RDATA tokens [first, tokens.size()) of a record of `type` into uncompressed wire format.
    // `origin` (wire) completes relative names; empty if none is known. On failure returns false and sets
    // `error` to ldns' reason.
    static bool parse(quint16 type, const std::vector<ZoneToken>& tokens, size_t first, QByteArrayView origin,
                      QByteArray& rdata, QString& error);
};

} // namespace danewerk::core
