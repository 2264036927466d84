#include "core/dns/DnsName.h"

#include "core/dns/DnsNameWire.h"
#include "core/dns/Ldns.h"

#include <QCoreApplication>
#include <QHash>

#include <cstring>
#include <string_view>

namespace danewerk::core {

namespace {

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

char foldAscii(char c) {
    return (c >= 'A' && c <= 'Z') ? char(c + ('a' - 'A')) : c;
}

QString nameErrorText(DnsNameParseStatus status) {
    switch (status) {
    case DnsNameParseStatus::Empty:
        return QCoreApplication::translate("danewerk::core::DnsName", "empty name");
    case DnsNameParseStatus::EmptyLabel:
        return QCoreApplication::translate("danewerk::core::DnsName", "empty label");
    case DnsNameParseStatus::LabelTooLong:
        return QCoreApplication::translate("danewerk::core::DnsName", "label longer than 63 octets");
    case DnsNameParseStatus::NameTooLong:
        return QCoreApplication::translate("danewerk::core::DnsName", "name longer than 255 octets");
    case DnsNameParseStatus::BadEscape:
        return QCoreApplication::translate("danewerk::core::DnsName", "bad escape sequence");
    case DnsNameParseStatus::NoOrigin:
        return QCoreApplication::translate("danewerk::core::DnsName", "relative name without an origin");
    case DnsNameParseStatus::Ok:
        break;
    }
    return {};
}

} // namespace

DnsNameParseStatus parseDnsName(const char* text, qsizetype length, QByteArrayView origin, bool lowerCase,
                                std::uint8_t* out, int& outLength) {
    outLength = 0;
    if (length <= 0)
        return DnsNameParseStatus::Empty;
    if (length == 1 && text[0] == '@') {
        if (origin.isEmpty())
            return DnsNameParseStatus::NoOrigin;
        std::memcpy(out, origin.data(), size_t(origin.size()));
        outLength = int(origin.size());
        return DnsNameParseStatus::Ok;
    }
    if (length == 1 && text[0] == '.') {
        out[0] = 0;
        outLength = 1;
        return DnsNameParseStatus::Ok;
    }
    int labelStart = 0; // position of the current label's length octet
    int pos = 1;
    int labelLength = 0;
    bool absolute = false;
    for (qsizetype i = 0; i < length; ++i) {
        char c = text[i];
        if (c == '.') {
            if (labelLength == 0)
                return DnsNameParseStatus::EmptyLabel;
            out[labelStart] = std::uint8_t(labelLength);
            if (i == length - 1) {
                absolute = true;
                out[pos] = 0;
                outLength = pos + 1;
                break;
            }
            labelStart = pos;
            ++pos;
            labelLength = 0;
            if (pos >= DnsNameMaxWire)
                return DnsNameParseStatus::NameTooLong;
            continue;
        }
        if (c == '\\') {
            if (i + 1 >= length)
                return DnsNameParseStatus::BadEscape;
            if (isDigit(text[i + 1])) {
                if (i + 3 >= length)
                    return DnsNameParseStatus::BadEscape;
                if (!isDigit(text[i + 2]) || !isDigit(text[i + 3]))
                    return DnsNameParseStatus::BadEscape;
                const int value = (text[i + 1] - '0') * 100 + (text[i + 2] - '0') * 10 + (text[i + 3] - '0');
                if (value > 255)
                    return DnsNameParseStatus::BadEscape;
                c = char(value);
                i += 3;
            } else {
                c = text[i + 1];
                i += 1;
            }
        }
        if (lowerCase)
            c = foldAscii(c);
        if (++labelLength > 63)
            return DnsNameParseStatus::LabelTooLong;
        if (pos >= DnsNameMaxWire - 1)
            return DnsNameParseStatus::NameTooLong;
        out[pos++] = std::uint8_t(c);
    }
    if (absolute)
        return DnsNameParseStatus::Ok;
    // Relative: close the last label and append the origin.
    out[labelStart] = std::uint8_t(labelLength);
    if (origin.isEmpty())
        return DnsNameParseStatus::NoOrigin;
    if (pos + origin.size() > DnsNameMaxWire)
        return DnsNameParseStatus::NameTooLong;
    std::memcpy(out + pos, origin.data(), size_t(origin.size()));
    outLength = pos + int(origin.size());
    return DnsNameParseStatus::Ok;
}

void lowerCaseDnsName(std::uint8_t* wire, int length) {
    int pos = 0;
    while (pos < length && wire[pos] != 0) {
        const int labelLength = wire[pos];
        for (int i = pos + 1; i <= pos + labelLength && i < length; ++i)
            wire[i] = std::uint8_t(foldAscii(char(wire[i])));
        pos += labelLength + 1;
    }
}

Result<QByteArray> dnsNameFromText(QStringView text, QByteArrayView origin) {
    const QByteArray bytes = text.toUtf8();
    std::uint8_t buffer[DnsNameMaxWire + 1];
    int length = 0;
    const DnsNameParseStatus status = parseDnsName(bytes.constData(), bytes.size(), origin, true, buffer, length);
    if (status != DnsNameParseStatus::Ok) {
        return Error{QStringLiteral("NAME_INVALID"),
                     QCoreApplication::translate("danewerk::core::DnsName", "Invalid domain name '%1': %2")
                         .arg(text.toString(), nameErrorText(status)),
                     {},
                     0,
                     0};
    }
    return QByteArray(reinterpret_cast<const char*>(buffer), length);
}

QString dnsNameToText(QByteArrayView wire) {
    if (wire.isEmpty() || wire[0] == 0)
        return QStringLiteral(".");
    QByteArray text;
    text.reserve(wire.size() + 4);
    qsizetype pos = 0;
    while (pos < wire.size() && wire[pos] != 0) {
        const int labelLength = std::uint8_t(wire[pos]);
        for (qsizetype i = pos + 1; i <= pos + labelLength && i < wire.size(); ++i) {
            const auto c = std::uint8_t(wire[i]);
            // The same escapes as ldns, so that our output and ldns' agree.
            if (c == '.' || c == ';' || c == '(' || c == ')' || c == '\\') {
                text += '\\';
                text += char(c);
            } else if (c <= 0x20 || c >= 0x7f) {
                char escaped[5];
                escaped[0] = '\\';
                escaped[1] = char('0' + c / 100);
                escaped[2] = char('0' + (c / 10) % 10);
                escaped[3] = char('0' + c % 10);
                escaped[4] = 0;
                text += escaped;
            } else {
                text += char(c);
            }
        }
        text += '.';
        pos += labelLength + 1;
    }
    return QString::fromLatin1(text);
}

int dnsNameLabelCount(QByteArrayView wire) {
    int count = 0;
    qsizetype pos = 0;
    while (pos < wire.size() && wire[pos] != 0) {
        ++count;
        pos += std::uint8_t(wire[pos]) + 1;
    }
    return count;
}

bool dnsNameIsSubdomain(QByteArrayView name, QByteArrayView ancestor) {
    if (ancestor.size() > name.size())
        return false;
    // Walk the labels of name until the remaining suffix has the ancestor's length; then compare.
    qsizetype pos = 0;
    while (name.size() - pos > ancestor.size()) {
        if (name[pos] == 0)
            return false;
        pos += std::uint8_t(name[pos]) + 1;
    }
    if (name.size() - pos != ancestor.size())
        return false;
    for (qsizetype i = 0; i < ancestor.size(); ++i) {
        if (foldAscii(name[pos + i]) != foldAscii(ancestor[i]))
            return false;
    }
    return true;
}

int dnsNameCanonicalCompare(QByteArrayView a, QByteArrayView b) {
    // Label start offsets, compared from the rightmost label (RFC 4034 6.1).
    qsizetype labelsA[128];
    qsizetype labelsB[128];
    int countA = 0;
    int countB = 0;
    for (qsizetype pos = 0; pos < a.size() && a[pos] != 0 && countA < 128; pos += std::uint8_t(a[pos]) + 1)
        labelsA[countA++] = pos;
    for (qsizetype pos = 0; pos < b.size() && b[pos] != 0 && countB < 128; pos += std::uint8_t(b[pos]) + 1)
        labelsB[countB++] = pos;
    while (countA > 0 && countB > 0) {
        const qsizetype pa = labelsA[--countA];
        const qsizetype pb = labelsB[--countB];
        const int lengthA = std::uint8_t(a[pa]);
        const int lengthB = std::uint8_t(b[pb]);
        const int common = std::min(lengthA, lengthB);
        for (int i = 1; i <= common; ++i) {
            const auto ca = std::uint8_t(foldAscii(a[pa + i]));
            const auto cb = std::uint8_t(foldAscii(b[pb + i]));
            if (ca != cb)
                return ca < cb ? -1 : 1;
        }
        if (lengthA != lengthB)
            return lengthA < lengthB ? -1 : 1;
    }
    if (countA == countB)
        return 0;
    return countA < countB ? -1 : 1;
}

QByteArrayView dnsNameParent(QByteArrayView wire) {
    if (wire.isEmpty() || wire[0] == 0)
        return wire;
    const qsizetype skip = std::uint8_t(wire[0]) + 1;
    if (skip >= wire.size())
        return wire.last(1);
    return wire.sliced(skip);
}

QString rrTypeName(quint16 type) {
    const ldns_rr_descriptor* descriptor = ldns_rr_descript(type);
    if (descriptor && descriptor->_name && descriptor->_type == type)
        return QString::fromLatin1(descriptor->_name);
    return QStringLiteral("TYPE%1").arg(type);
}

std::optional<quint16> rrTypeFromName(QStringView name) {
    if (name.isEmpty())
        return std::nullopt;
    if (name.size() > 4 && name.left(4).compare(QLatin1String("TYPE"), Qt::CaseInsensitive) == 0) {
        bool ok = false;
        const uint value = name.mid(4).toUInt(&ok);
        if (ok && value <= 65535 && name.mid(4).front().isDigit())
            return quint16(value);
        return std::nullopt;
    }
    return rrTypeFromMnemonic(name.toLatin1());
}

namespace {

// Upper-case mnemonic -> type, for every type ldns has a name for.
const QHash<QByteArray, quint16>& typeTable() {
    static const QHash<QByteArray, quint16> table = [] {
        QHash<QByteArray, quint16> t;
        // ldns names types in these two ranges only (up to AMTRELAY, then TA and DLV); looking up all 65536
        // would cost a noticeable part of a small zone's load time.
        auto add = [&t](int from, int to) {
            for (int type = from; type < to; ++type) {
                const ldns_rr_descriptor* descriptor = ldns_rr_descript(quint16(type));
                if (descriptor && descriptor->_name && descriptor->_type == type)
                    t.insert(QByteArray(descriptor->_name).toUpper(), quint16(type));
            }
        };
        add(1, 1024);
        add(32768, 32800);
        return t;
    }();
    return table;
}

std::optional<quint16> numericSuffix(QByteArrayView name, qsizetype prefix) {
    if (name.size() <= prefix || name.size() > prefix + 5)
        return std::nullopt;
    quint32 value = 0;
    for (qsizetype i = prefix; i < name.size(); ++i) {
        if (!isDigit(name[i]))
            return std::nullopt;
        value = value * 10 + quint32(name[i] - '0');
    }
    if (value > 65535)
        return std::nullopt;
    return quint16(value);
}

bool startsWithFolded(QByteArrayView name, const char* prefix) {
    const qsizetype length = qsizetype(std::strlen(prefix));
    if (name.size() < length)
        return false;
    for (qsizetype i = 0; i < length; ++i) {
        if (foldAscii(name[i]) != foldAscii(prefix[i]))
            return false;
    }
    return true;
}

} // namespace

std::optional<quint16> rrTypeFromMnemonic(QByteArrayView name) {
    if (name.isEmpty() || name.size() > 16)
        return std::nullopt;
    if (startsWithFolded(name, "TYPE") && name.size() > 4 && isDigit(name[4]))
        return numericSuffix(name, 4);
    char upper[17];
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char c = name[i];
        upper[i] = (c >= 'a' && c <= 'z') ? char(c - ('a' - 'A')) : c;
    }
    // The types of nearly every record of a real zone, before the hash table (the zone loader asks once per
    // record).
    static constexpr struct {
        std::string_view name;
        quint16 type;
    } common[] = {{"A", 1},    {"NS", 2},  {"CNAME", 5},  {"SOA", 6},   {"MX", 15},     {"TXT", 16},   {"AAAA", 28},
                  {"SRV", 33}, {"DS", 43}, {"RRSIG", 46}, {"NSEC", 47}, {"DNSKEY", 48}, {"NSEC3", 50}, {"TLSA", 52}};
    const std::string_view key(upper, size_t(name.size()));
    for (const auto& entry : common)
        if (entry.name == key)
            return entry.type;
    const auto it = typeTable().constFind(QByteArray::fromRawData(upper, name.size()));
    if (it == typeTable().constEnd())
        return std::nullopt;
    return it.value();
}

QString rrClassName(quint16 rclass) {
    switch (rclass) {
    case 1:
        return QStringLiteral("IN");
    case 3:
        return QStringLiteral("CH");
    case 4:
        return QStringLiteral("HS");
    default:
        return QStringLiteral("CLASS%1").arg(rclass);
    }
}

std::optional<quint16> rrClassFromMnemonic(QByteArrayView name) {
    if (name.size() == 2) {
        const char a = foldAscii(name[0]);
        const char b = foldAscii(name[1]);
        if (a == 'i' && b == 'n')
            return quint16(1);
        if (a == 'c' && b == 'h')
            return quint16(3);
        if (a == 'h' && b == 's')
            return quint16(4);
        if (a == 'c' && b == 's')
            return quint16(2);
        return std::nullopt;
    }
    if (startsWithFolded(name, "CLASS"))
        return numericSuffix(name, 5);
    return std::nullopt;
}

} // namespace danewerk::core
