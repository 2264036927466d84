#include "core/zone/RdataEncoder.h"

#include "core/dns/DnsName.h"
#include "core/dns/DnsNameWire.h"
#include "core/zone/ZoneFileParser.h"

#include <QCoreApplication>

#include <algorithm>
#include <arpa/inet.h>
#include <array>
#include <bit>
#include <cstring>
#include <ctime>

namespace danewerk::core {

namespace {

QString shown(const ZoneToken& token) {
    constexpr int Limit = 80;
    QString s = QString::fromUtf8(token.text, std::min(token.length, Limit));
    if (token.length > Limit)
        s += QStringLiteral("...");
    return s;
}

// Base64 digit values (RFC 4648 4), -1 for everything else (the sign bit marks a bad quantum at once).
constexpr auto kBase64 = [] {
    std::array<qint8, 256> table{};
    table.fill(-1);
    for (int i = 0; i < 26; ++i) {
        table[size_t('A') + size_t(i)] = qint8(i);
        table[size_t('a') + size_t(i)] = qint8(26 + i);
    }
    for (int i = 0; i < 10; ++i)
        table[size_t('0') + size_t(i)] = qint8(52 + i);
    table[size_t('+')] = 62;
    table[size_t('/')] = 63;
    return table;
}();

// Days from 1970-01-01 to the first of a month of the proleptic Gregorian calendar (H. Hinnant's
// days_from_civil, with the day fixed to 1).
qint64 daysFromCivil(qint64 year, unsigned month) {
    year -= month <= 2 ? 1 : 0;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const auto yearOfEra = unsigned(year - era * 400);
    const unsigned dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5;
    const unsigned dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + qint64(dayOfEra) - 719468;
}

// One record's encoding: walks the tokens, appends wire data, remembers the first problem.
class Encoder {
    Q_DECLARE_TR_FUNCTIONS(danewerk::core::ZoneLoader)

public:
    Encoder(const std::vector<ZoneToken>& tokens, size_t first, QByteArrayView origin, QByteArray& out)
        : m_tokens(tokens), m_index(first), m_origin(origin), m_out(out) {}

    RdataEncoder::Outcome outcome = RdataEncoder::Outcome::Done;
    QString message;
    size_t badToken = 0;

    bool failed() const { return outcome != RdataEncoder::Outcome::Done; }
    bool atEnd() const { return m_index >= m_tokens.size(); }

    void fail(size_t token, const QString& text) {
        if (failed())
            return;
        outcome = RdataEncoder::Outcome::Failed;
        badToken = token;
        message = text;
    }
    void fallback() {
        if (!failed())
            outcome = RdataEncoder::Outcome::Fallback;
    }

    // The next token, or null (with a failure) when the record ends early.
    const ZoneToken* next() {
        if (failed())
            return nullptr;
        if (atEnd()) {
            fail(m_tokens.size() - 1, tr("missing RDATA field after '%1'").arg(shown(m_tokens.back())));
            return nullptr;
        }
        const ZoneToken* token = &m_tokens[m_index++];
        if (token->quoted) { // quoted numbers or names: rare, leave them to ldns
            fallback();
            return nullptr;
        }
        return token;
    }

    void finish() {
        if (!failed() && !atEnd())
            fail(m_index, tr("unexpected text '%1' after the RDATA").arg(shown(m_tokens[m_index])));
    }

    void u8() { number(0xff, 1, false); }
    void u16() { number(0xffff, 2, false); }
    void u32() { number(0xffffffffULL, 4, false); }
    // An octet that may also be written as a mnemonic (algorithm names, RFC 7218 TLSA names): ldns knows them.
    void u8OrMnemonic() { number(0xff, 1, true); }

    void number(quint64 max, int octets, bool mnemonicAllowed) {
        const ZoneToken* token = next();
        if (!token)
            return;
        quint64 value = 0;
        bool ok = token->length > 0 && token->length <= 10;
        for (int i = 0; ok && i < token->length; ++i) {
            const char c = token->text[i];
            if (c < '0' || c > '9') {
                if (mnemonicAllowed && ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
                    fallback();
                    return;
                }
                ok = false;
            } else {
                value = value * 10 + quint64(c - '0');
            }
        }
        if (!ok || value > max) {
            fail(index(token), tr("bad number '%1'").arg(shown(*token)));
            return;
        }
        appendNumber(value, octets);
    }

    void appendNumber(quint64 value, int octets) {
        for (int i = octets - 1; i >= 0; --i)
            m_out.append(char((value >> (8 * i)) & 0xff));
    }

    void period() {
        const ZoneToken* token = next();
        if (!token)
            return;
        quint32 value = 0;
        if (!parseZoneTtl(token->view(), value)) {
            fail(index(token), tr("bad time value '%1'").arg(shown(*token)));
            return;
        }
        appendNumber(value, 4);
    }

    void name() {
        const ZoneToken* token = next();
        if (!token)
            return;
        std::uint8_t wire[DnsNameMaxWire + 1];
        int length = 0;
        const DnsNameParseStatus status = parseDnsName(token->text, token->length, m_origin, false, wire, length);
        if (status == DnsNameParseStatus::NoOrigin) {
            fail(index(token), tr("relative name '%1' without an origin").arg(shown(*token)));
            return;
        }
        if (status != DnsNameParseStatus::Ok) {
            fail(index(token), tr("bad domain name '%1'").arg(shown(*token)));
            return;
        }
        m_out.append(reinterpret_cast<const char*>(wire), length);
    }

    void address(int family) {
        const ZoneToken* token = next();
        if (!token)
            return;
        char text[64];
        unsigned char binary[16];
        if (token->length >= int(sizeof text)) {
            fail(index(token), badAddress(family, *token));
            return;
        }
        std::memcpy(text, token->text, size_t(token->length));
        text[token->length] = 0;
        if (inet_pton(family, text, binary) != 1) {
            fail(index(token), badAddress(family, *token));
            return;
        }
        m_out.append(reinterpret_cast<const char*>(binary), family == AF_INET ? 4 : 16);
    }

    static QString badAddress(int family, const ZoneToken& token) {
        return (family == AF_INET ? tr("bad IPv4 address '%1'") : tr("bad IPv6 address '%1'")).arg(shown(token));
    }

    // Hex digits over all remaining tokens (RFC 4034 and 6698 allow white space inside).
    void hexRest(bool allowEmpty) {
        if (failed())
            return;
        if (atEnd()) {
            if (!allowEmpty)
                fail(m_tokens.size() - 1, tr("missing hex data after '%1'").arg(shown(m_tokens.back())));
            return;
        }
        int pending = -1;
        size_t pendingToken = m_index;
        for (; m_index < m_tokens.size(); ++m_index) {
            const ZoneToken& token = m_tokens[m_index];
            if (token.quoted) {
                fallback();
                return;
            }
            for (int i = 0; i < token.length; ++i) {
                const int value = hexDigit(token.text[i]);
                if (value < 0) {
                    fail(m_index, tr("bad hex '%1'").arg(shown(token)));
                    return;
                }
                if (pending < 0) {
                    pending = value;
                    pendingToken = m_index;
                } else {
                    m_out.append(char(pending * 16 + value));
                    pending = -1;
                }
            }
        }
        if (pending >= 0)
            fail(pendingToken, tr("bad hex '%1': odd number of digits").arg(shown(m_tokens[pendingToken])));
    }

    // One hex token preceded by its length octet ("-" for empty), for NSEC3 salts.
    void salt() {
        const ZoneToken* token = next();
        if (!token)
            return;
        if (token->length == 1 && token->text[0] == '-') {
            m_out.append(char(0));
            return;
        }
        if (token->length % 2 != 0 || token->length > 510) {
            fail(index(token), tr("bad hex '%1'").arg(shown(*token)));
            return;
        }
        m_out.append(char(token->length / 2));
        for (int i = 0; i < token->length; i += 2) {
            const int high = hexDigit(token->text[i]);
            const int low = hexDigit(token->text[i + 1]);
            if (high < 0 || low < 0) {
                fail(index(token), tr("bad hex '%1'").arg(shown(*token)));
                return;
            }
            m_out.append(char(high * 16 + low));
        }
    }

    void base64Rest() {
        if (failed())
            return;
        if (atEnd()) {
            fail(m_tokens.size() - 1, tr("missing base64 data after '%1'").arg(shown(m_tokens.back())));
            return;
        }
        // Decoded in place into room made once (the 256-octet RSA signatures make this the loader's hottest
        // loop): four digits at a time through a table where possible.
        qsizetype digits = 0;
        for (size_t i = m_index; i < m_tokens.size(); ++i)
            digits += m_tokens[i].length;
        const qsizetype base = m_out.size();
        m_out.resize(base + digits / 4 * 3 + 3);
        auto* out = reinterpret_cast<quint8*>(m_out.data()) + base;
        quint32 accumulator = 0;
        int bits = 0;
        int padding = 0;
        for (; m_index < m_tokens.size(); ++m_index) {
            const ZoneToken& token = m_tokens[m_index];
            if (token.quoted) {
                m_out.truncate(base);
                fallback();
                return;
            }
            const auto* text = reinterpret_cast<const quint8*>(token.text);
            int i = 0;
            if (bits == 0 && padding == 0) {
                for (; i + 4 <= token.length; i += 4) {
                    const qint32 quantum = (qint32(kBase64[text[i]]) << 18) | (qint32(kBase64[text[i + 1]]) << 12) |
                                           (qint32(kBase64[text[i + 2]]) << 6) | qint32(kBase64[text[i + 3]]);
                    if (quantum < 0) // a character outside the alphabet (or padding): the careful loop below
                        break;
                    out[0] = quint8(quantum >> 16);
                    out[1] = quint8(quantum >> 8);
                    out[2] = quint8(quantum);
                    out += 3;
                }
            }
            for (; i < token.length; ++i) {
                const quint8 c = text[i];
                if (c == '=') {
                    ++padding;
                    continue;
                }
                const int value = kBase64[c]; // NOLINT(bugprone-signed-char-misuse): -1 marks a non-digit
                if (value < 0 || padding > 0) {
                    m_out.truncate(base);
                    fail(m_index, tr("bad base64 '%1'").arg(shown(token)));
                    return;
                }
                accumulator = (accumulator << 6) | quint32(value);
                bits += 6;
                if (bits >= 8) {
                    bits -= 8;
                    *out++ = quint8((accumulator >> bits) & 0xff);
                }
            }
        }
        m_out.truncate(out - reinterpret_cast<quint8*>(m_out.data()));
        // Leftover bits must be padding bits of a proper final quantum.
        if (padding > 2 || (bits == 0 && padding != 0) || (bits == 4 && padding != 2) || (bits == 2 && padding != 1) ||
            bits == 6) {
            fail(m_tokens.size() - 1, tr("bad base64 '%1': wrong length").arg(shown(m_tokens.back())));
        }
    }

    // Base32 with extended hex alphabet, no padding (RFC 4648 7, as NSEC3 uses it), with a length octet.
    void base32Hex() {
        const ZoneToken* token = next();
        if (!token)
            return;
        const qsizetype lengthAt = m_out.size();
        m_out.append(char(0));
        quint64 accumulator = 0;
        int bits = 0;
        int count = 0;
        for (int i = 0; i < token->length; ++i) {
            const char c = token->text[i];
            int value = -1;
            if (c >= '0' && c <= '9')
                value = c - '0';
            else if (c >= 'a' && c <= 'v')
                value = c - 'a' + 10;
            else if (c >= 'A' && c <= 'V')
                value = c - 'A' + 10;
            if (value < 0) {
                fail(index(token), tr("bad base32hex '%1'").arg(shown(*token)));
                return;
            }
            accumulator = (accumulator << 5) | quint64(value);
            bits += 5;
            if (bits >= 8) {
                bits -= 8;
                m_out.append(char((accumulator >> bits) & 0xff));
                ++count;
            }
        }
        if (bits >= 5 || count > 255 || count == 0) {
            fail(index(token), tr("bad base32hex '%1'").arg(shown(*token)));
            return;
        }
        m_out[lengthAt] = char(count);
    }

    // The type bitmap of NSEC and NSEC3 (RFC 4034 4.1.2) from the remaining type mnemonics.
    void typeBitmap() {
        if (failed())
            return;
        // Collected straight into the windows' bits (a vector of types per record cost two allocations on each
        // of a signed zone's NSEC records). A window's octets are cleared when it is first used.
        std::array<quint64, 4> used{}; // one bit per window
        std::array<std::uint8_t, 256> windowLength;
        std::array<std::array<std::uint8_t, 32>, 256> bits;
        for (; m_index < m_tokens.size(); ++m_index) {
            const ZoneToken& token = m_tokens[m_index];
            const std::optional<quint16> type = token.quoted ? std::nullopt : rrTypeFromMnemonic(token.view());
            if (!type) {
                fail(m_index, tr("unknown type '%1' in the type bitmap").arg(shown(token)));
                return;
            }
            const auto window = size_t(*type >> 8);
            const int low = *type & 0xff;
            if (!(used[window / 64] & (quint64(1) << (window % 64)))) {
                used[window / 64] |= quint64(1) << (window % 64);
                bits[window].fill(0);
                windowLength[window] = 0;
            }
            bits[window][size_t(low / 8)] |= std::uint8_t(0x80 >> (low % 8));
            windowLength[window] = std::max(windowLength[window], std::uint8_t(low / 8 + 1));
        }
        for (size_t word = 0; word < used.size(); ++word) {
            for (quint64 rest = used[word]; rest != 0; rest &= rest - 1) {
                const size_t window = word * 64 + size_t(std::countr_zero(rest));
                m_out.append(char(window));
                m_out.append(char(windowLength[window]));
                m_out.append(reinterpret_cast<const char*>(bits[window].data()), windowLength[window]);
            }
        }
    }

    // RFC 4034 3.2: YYYYMMDDHHmmSS, or seconds since the epoch.
    void signatureTime() {
        const ZoneToken* token = next();
        if (!token)
            return;
        for (int i = 0; i < token->length; ++i) {
            if (token->text[i] < '0' || token->text[i] > '9') {
                fail(index(token), tr("bad signature time '%1'").arg(shown(*token)));
                return;
            }
        }
        auto digits = [&](int from, int count) {
            int value = 0;
            for (int i = from; i < from + count; ++i)
                value = value * 10 + (token->text[i] - '0');
            return value;
        };
        if (token->length == 14) {
            std::tm tm{};
            tm.tm_year = digits(0, 4) - 1900;
            tm.tm_mon = digits(4, 2) - 1;
            tm.tm_mday = digits(6, 2);
            tm.tm_hour = digits(8, 2);
            tm.tm_min = digits(10, 2);
            tm.tm_sec = digits(12, 2);
            if (tm.tm_mon < 0 || tm.tm_mon > 11 || tm.tm_mday < 1 || tm.tm_mday > 31 || tm.tm_hour > 23 ||
                tm.tm_min > 59 || tm.tm_sec > 60) {
                fail(index(token), tr("bad signature time '%1'").arg(shown(*token)));
                return;
            }
            // What timegm() gives (days past the month's end roll over), without its cost on every RRSIG.
            const qint64 days = daysFromCivil(tm.tm_year + 1900, unsigned(tm.tm_mon + 1)) + tm.tm_mday - 1;
            const qint64 seconds = days * 86400 + tm.tm_hour * 3600 + tm.tm_min * 60 + tm.tm_sec;
            appendNumber(quint64(seconds) & 0xffffffffULL, 4);
            return;
        }
        if (token->length > 10) {
            fallback();
            return;
        }
        quint64 value = 0;
        for (int i = 0; i < token->length; ++i)
            value = value * 10 + quint64(token->text[i] - '0');
        if (value > 0xffffffffULL) {
            fallback();
            return;
        }
        appendNumber(value, 4);
    }

    void rrType() {
        const ZoneToken* token = next();
        if (!token)
            return;
        const std::optional<quint16> type = rrTypeFromMnemonic(token->view());
        if (!type) {
            fail(index(token), tr("unknown type '%1'").arg(shown(*token)));
            return;
        }
        appendNumber(*type, 2);
    }

    // A <character-string> (RFC 1035 3.3) with \X and \DDD escapes; `prefixed` adds the length octet.
    void characterString(bool prefixed) {
        if (failed())
            return;
        if (atEnd()) {
            fail(m_tokens.size() - 1, tr("missing text after '%1'").arg(shown(m_tokens.back())));
            return;
        }
        const ZoneToken& token = m_tokens[m_index++];
        const qsizetype lengthAt = m_out.size();
        if (prefixed)
            m_out.append(char(0));
        int length = 0;
        for (int i = 0; i < token.length; ++i) {
            char c = token.text[i];
            if (c == '\\') {
                if (i + 1 >= token.length) {
                    fail(m_index - 1, tr("bad escape in '%1'").arg(shown(token)));
                    return;
                }
                const char d = token.text[i + 1];
                if (d >= '0' && d <= '9') {
                    if (i + 3 >= token.length) {
                        fail(m_index - 1, tr("bad escape in '%1'").arg(shown(token)));
                        return;
                    }
                    const char e = token.text[i + 2];
                    const char f = token.text[i + 3];
                    if (e < '0' || e > '9' || f < '0' || f > '9') {
                        fail(m_index - 1, tr("bad escape in '%1'").arg(shown(token)));
                        return;
                    }
                    const int value = (d - '0') * 100 + (e - '0') * 10 + (f - '0');
                    if (value > 255) {
                        fail(m_index - 1, tr("bad escape in '%1'").arg(shown(token)));
                        return;
                    }
                    c = char(value);
                    i += 3;
                } else {
                    c = d;
                    i += 1;
                }
            }
            m_out.append(c);
            ++length;
        }
        if (prefixed) {
            if (length > 255) {
                fail(m_index - 1, tr("text longer than 255 octets: '%1'").arg(shown(token)));
                return;
            }
            m_out[lengthAt] = char(length);
        }
    }

    void characterStringsRest() {
        if (atEnd()) {
            fail(m_tokens.size() - 1, tr("missing text after '%1'").arg(shown(m_tokens.back())));
            return;
        }
        while (!failed() && !atEnd())
            characterString(true);
    }

    // CAA tag: letters and digits, with its length octet (RFC 8659 4.1).
    void caaTag() {
        const ZoneToken* token = next();
        if (!token)
            return;
        if (token->length == 0 || token->length > 255) {
            fail(index(token), tr("bad CAA tag '%1'").arg(shown(*token)));
            return;
        }
        for (int i = 0; i < token->length; ++i) {
            const char c = token->text[i];
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                fail(index(token), tr("bad CAA tag '%1'").arg(shown(*token)));
                return;
            }
        }
        m_out.append(char(token->length));
        m_out.append(token->text, token->length);
    }

private:
    static int hexDigit(char c) {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }
    size_t index(const ZoneToken* token) const { return size_t(token - m_tokens.data()); }

    const std::vector<ZoneToken>& m_tokens;
    size_t m_index;
    QByteArrayView m_origin;
    QByteArray& m_out;
};

} // namespace

RdataEncoder::Outcome RdataEncoder::encode(quint16 type, const std::vector<ZoneToken>& tokens, size_t first,
                                           QByteArrayView origin, QByteArray& rdata, QString& message,
                                           size_t& badToken) {
    rdata.resize(0); // keeps the buffer: one allocation per parser, not one (and its regrowth) per record
    Encoder e(tokens, first, origin, rdata);
    switch (type) {
    case 1: // A
        e.address(AF_INET);
        break;
    case 28: // AAAA
        e.address(AF_INET6);
        break;
    case 2:  // NS
    case 5:  // CNAME
    case 12: // PTR
    case 39: // DNAME
        e.name();
        break;
    case 15: // MX
        e.u16();
        e.name();
        break;
    case 33: // SRV
        e.u16();
        e.u16();
        e.u16();
        e.name();
        break;
    case 6: // SOA
        e.name();
        e.name();
        e.u32();
        e.period();
        e.period();
        e.period();
        e.period();
        break;
    case 16: // TXT
    case 99: // SPF
        e.characterStringsRest();
        break;
    case 43: // DS
    case 59: // CDS
        e.u16();
        e.u8OrMnemonic();
        e.u8OrMnemonic();
        e.hexRest(false);
        break;
    case 48: // DNSKEY
    case 60: // CDNSKEY
        e.u16();
        e.u8();
        e.u8OrMnemonic();
        e.base64Rest();
        break;
    case 46: // RRSIG
        e.rrType();
        e.u8OrMnemonic();
        e.u8();
        e.u32();
        e.signatureTime();
        e.signatureTime();
        e.u16();
        e.name();
        e.base64Rest();
        break;
    case 47: // NSEC
        e.name();
        e.typeBitmap();
        break;
    case 50: // NSEC3
        e.u8();
        e.u8();
        e.u16();
        e.salt();
        e.base32Hex();
        e.typeBitmap();
        break;
    case 51: // NSEC3PARAM
        e.u8();
        e.u8();
        e.u16();
        e.salt();
        break;
    case 52: // TLSA
    case 53: // SMIMEA
        e.u8OrMnemonic();
        e.u8OrMnemonic();
        e.u8OrMnemonic();
        e.hexRest(false);
        break;
    case 44: // SSHFP
        e.u8();
        e.u8();
        e.hexRest(false);
        break;
    case 257: // CAA
        e.u8();
        e.caaTag();
        if (tokens.size() - first != 3)
            e.fallback();
        else
            e.characterString(false);
        break;
    default:
        return Outcome::Fallback;
    }
    e.finish();
    if (e.outcome == Outcome::Done && rdata.size() > 65535)
        e.fail(first, QCoreApplication::translate("danewerk::core::ZoneLoader", "RDATA longer than 65535 octets"));
    message = e.message;
    badToken = e.badToken;
    return e.outcome;
}

} // namespace danewerk::core
