#include "core/zone/ZoneFileParser.h"

#include "core/dns/DnsName.h"
#include "core/dns/DnsNameWire.h"
#include "core/zone/LdnsRdataParser.h"
#include "core/zone/RdataEncoder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstring>

namespace danewerk::core {

namespace {

constexpr qint64 CancelCheckInterval = 4096;
constexpr qsizetype MaxFiles = 65535; // ZoneRecord::file is 16 bits

QString shown(QByteArrayView text) {
    constexpr qsizetype Limit = 80;
    QString s = QString::fromUtf8(text.first(std::min(text.size(), Limit)));
    if (text.size() > Limit)
        s += QStringLiteral("...");
    return s;
}

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

bool hexValue(char c, int& value) {
    if (c >= '0' && c <= '9')
        value = c - '0';
    else if (c >= 'a' && c <= 'f')
        value = c - 'a' + 10;
    else if (c >= 'A' && c <= 'F')
        value = c - 'A' + 10;
    else
        return false;
    return true;
}

} // namespace

QString fileIdentity(const QString& path) {
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
}

bool parseZoneTtl(QByteArrayView text, quint32& ttl) {
    if (text.isEmpty() || !isDigit(text[0]))
        return false;
    quint64 total = 0;
    quint64 number = 0;
    bool haveDigits = false;
    for (const char c : text) {
        if (isDigit(c)) {
            number = number * 10 + quint64(c - '0');
            haveDigits = true;
            if (number > 0xffffffffULL)
                return false;
            continue;
        }
        if (!haveDigits)
            return false;
        quint64 unit = 0;
        switch (c) {
        case 's':
        case 'S':
            unit = 1;
            break;
        case 'm':
        case 'M':
            unit = 60;
            break;
        case 'h':
        case 'H':
            unit = 3600;
            break;
        case 'd':
        case 'D':
            unit = 86400;
            break;
        case 'w':
        case 'W':
            unit = 604800;
            break;
        default:
            return false;
        }
        total += number * unit;
        number = 0;
        haveDigits = false;
    }
    total += number;
    if (total > 0xffffffffULL)
        return false;
    ttl = quint32(total);
    return true;
}

ZoneFileParser::ZoneFileParser(Zone& zone, const ZoneLoadOptions& options)
    : m_zone(zone), m_options(options), m_defaultTtl(options.defaultTtl) {
    if (!options.origin.isEmpty()) {
        const QByteArray text = options.origin.toUtf8();
        std::uint8_t wire[DnsNameMaxWire + 1];
        int length = 0;
        if (parseDnsName(text.constData(), text.size(), QByteArrayView("\0", 1), false, wire, length) ==
            DnsNameParseStatus::Ok) {
            m_rdataOrigin = QByteArray(reinterpret_cast<const char*>(wire), length);
            lowerCaseDnsName(wire, length);
            m_origin = QByteArray(reinterpret_cast<const char*>(wire), length);
        }
    }
}

Result<void> ZoneFileParser::setOrigin(const ZoneToken& value, const QString& path, QByteArray& canonical,
                                       QByteArray& written) {
    std::uint8_t wire[DnsNameMaxWire + 1];
    int length = 0;
    const DnsNameParseStatus status = parseDnsName(value.text, value.length, m_rdataOrigin, false, wire, length);
    if (status == DnsNameParseStatus::NoOrigin)
        return error(path, value, tr("relative name '%1' without an origin").arg(shown(value.view())));
    if (status != DnsNameParseStatus::Ok || value.quoted)
        return error(path, value, tr("bad domain name '%1'").arg(shown(value.view())));
    written = QByteArray(reinterpret_cast<const char*>(wire), length);
    lowerCaseDnsName(wire, length);
    canonical = QByteArray(reinterpret_cast<const char*>(wire), length);
    return {};
}

Error ZoneFileParser::error(const QString& path, const ZoneToken& token, const QString& message) const {
    return Error{QStringLiteral("PARSE_ERROR"), message, path, token.line, token.column};
}

// NOLINTNEXTLINE(misc-no-recursion): $INCLUDE nests; bounded by MaxFiles and the refused include loops.
Result<void> ZoneFileParser::parse(QByteArrayView text, const QString& path, const QString& canonicalPath,
                                   bool topLevel) {
    if (m_zone.files().size() >= MaxFiles)
        return Error{QStringLiteral("PARSE_ERROR"), tr("more than %1 included files").arg(MaxFiles), path, 0, 0};
    const quint16 file = m_zone.addFile(path);
    m_includeChain.append(canonicalPath);
    m_includeNames.append(path);
    if (topLevel)
        m_topSize = text.size();
    ZoneTokenizer tokenizer(text);
    Result<void> result = parseEntries(tokenizer, path, file, topLevel);
    if (!result)
        return result;
    if (topLevel && m_options.progress)
        m_options.progress(m_topSize, m_topSize);
    m_includeChain.removeLast();
    m_includeNames.removeLast();
    return {};
}

void ZoneFileParser::setState(const ZoneParserState& state) {
    m_origin = state.origin;
    m_rdataOrigin = state.rdataOrigin;
    m_defaultTtl = state.defaultTtl;
    m_ttlDirective = state.ttlDirective;
    m_previousOwnerText.clear();
}

Result<void> ZoneFileParser::parseChunk(QByteArrayView text, qsizetype start, qsizetype limit, const QString& path,
                                        qsizetype& stop, int& lines) {
    m_chunk = true;
    const quint16 file = m_zone.addFile(path);
    ZoneTokenizer tokenizer(text, start, limit);
    Result<void> result = parseEntries(tokenizer, path, file, false);
    stop = tokenizer.position();
    lines = tokenizer.line() - 1;
    return result;
}

// NOLINTNEXTLINE(misc-no-recursion): $INCLUDE nests; bounded by MaxFiles and the refused include loops.
Result<void> ZoneFileParser::parseEntries(ZoneTokenizer& tokenizer, const QString& path, quint16 file, bool topLevel) {
    ZoneEntry entry;
    for (;;) {
        const ZoneTokenizer::Status status = tokenizer.next(entry);
        if (status == ZoneTokenizer::Status::End)
            break;
        if (status == ZoneTokenizer::Status::Error)
            return Error{QStringLiteral("PARSE_ERROR"), tokenizer.errorMessage(), path, tokenizer.errorLine(),
                         tokenizer.errorColumn()};
        Result<void> result = this->entry(entry, path, file);
        if (!result)
            return result;
        if (++m_entriesSinceCheck >= CancelCheckInterval) {
            m_entriesSinceCheck = 0;
            if (m_options.cancel && m_options.cancel->load(std::memory_order_relaxed))
                return Error{QStringLiteral("LOAD_CANCELLED"), tr("Loading the zone was cancelled."), path, 0, 0};
            if (topLevel && m_options.progress)
                m_options.progress(tokenizer.position(), m_topSize);
            if ((topLevel || m_chunk) && m_releaseConsumed) // a chunk has no $INCLUDE: its text is the file's
                m_releaseConsumed(tokenizer.position());
        }
    }
    return {};
}

// NOLINTNEXTLINE(misc-no-recursion): $INCLUDE nests; bounded by MaxFiles and the refused include loops.
Result<void> ZoneFileParser::entry(const ZoneEntry& entry, const QString& path, quint16 file) {
    const ZoneToken& first = entry.tokens.front();
    if (!entry.blankOwner && !first.quoted && first.length > 0 && first.text[0] == '$')
        return directive(entry, path);
    return record(entry, path, file);
}

// NOLINTNEXTLINE(misc-no-recursion): $INCLUDE nests; bounded by MaxFiles and the refused include loops.
Result<void> ZoneFileParser::directive(const ZoneEntry& entry, const QString& path) {
    const ZoneToken& name = entry.tokens.front();
    m_previousOwnerText.clear(); // the next owner as written may mean another name now
    const QByteArrayView keyword = name.view();
    if (keyword.compare(QByteArrayView("$ORIGIN"), Qt::CaseInsensitive) == 0) {
        if (entry.tokens.size() != 2)
            return error(path, name, tr("$ORIGIN needs exactly one domain name"));
        Result<void> set = setOrigin(entry.tokens[1], path, m_origin, m_rdataOrigin);
        if (!set)
            return set;
        if (m_firstOrigin.isEmpty())
            m_firstOrigin = m_origin;
        return {};
    }
    if (keyword.compare(QByteArrayView("$TTL"), Qt::CaseInsensitive) == 0) {
        if (entry.tokens.size() != 2)
            return error(path, name, tr("$TTL needs exactly one TTL"));
        quint32 ttl = 0;
        if (!parseZoneTtl(entry.tokens[1].view(), ttl))
            return error(path, entry.tokens[1], tr("bad TTL '%1'").arg(shown(entry.tokens[1].view())));
        m_defaultTtl = ttl;
        m_ttlDirective = true;
        return {};
    }
    if (keyword.compare(QByteArrayView("$INCLUDE"), Qt::CaseInsensitive) == 0)
        return include(entry, path);
    return error(path, name, tr("unknown directive '%1'").arg(shown(keyword)));
}

// NOLINTNEXTLINE(misc-no-recursion): $INCLUDE nests; bounded by MaxFiles and the refused include loops.
Result<void> ZoneFileParser::include(const ZoneEntry& entry, const QString& path) {
    const ZoneToken& name = entry.tokens.front();
    if (m_chunk) {
        m_sawInclude = true;
        return error(path, name, QString()); // never shown: the parallel loader loads the file sequentially
    }
    if (entry.tokens.size() < 2 || entry.tokens.size() > 3)
        return error(path, name, tr("$INCLUDE needs a file name and optionally an origin"));
    const ZoneToken& fileToken = entry.tokens[1];
    const QString fileName = QString::fromUtf8(fileToken.view());
    const QString resolved = QDir::isRelativePath(fileName) ? QDir::cleanPath(QFileInfo(path).dir().filePath(fileName))
                                                            : QDir::cleanPath(fileName);
    QByteArray includeOrigin = m_origin;
    QByteArray includeRdataOrigin = m_rdataOrigin;
    if (entry.tokens.size() == 3) {
        Result<void> set = setOrigin(entry.tokens[2], path, includeOrigin, includeRdataOrigin);
        if (!set)
            return set;
    }
    QFile file(resolved);
    if (!file.open(QIODevice::ReadOnly))
        return error(path, fileToken, tr("cannot open included file '%1': %2").arg(resolved, file.errorString()));
    const QString canonical = fileIdentity(resolved);
    if (m_includeChain.contains(canonical)) {
        QStringList chain = m_includeNames.mid(m_includeChain.indexOf(canonical));
        chain.append(resolved);
        return error(path, fileToken, tr("$INCLUDE loop: %1").arg(chain.join(QStringLiteral(" -> "))));
    }
    if (m_includeChain.size() > m_options.maxIncludeDepth)
        return error(path, fileToken, tr("$INCLUDE nested deeper than %1 files").arg(m_options.maxIncludeDepth));
    const QByteArray text = file.readAll();
    const QByteArray saved = m_origin;
    const QByteArray savedRdata = m_rdataOrigin;
    m_origin = includeOrigin;
    m_rdataOrigin = includeRdataOrigin;
    Result<void> result = parse(text, resolved, canonical, false);
    m_origin = saved;
    m_rdataOrigin = savedRdata;
    m_previousOwnerText.clear();
    return result;
}

Result<void> ZoneFileParser::record(const ZoneEntry& entry, const QString& path, quint16 file) {
    const std::vector<ZoneToken>& tokens = entry.tokens;
    size_t index = 0;
    quint32 owner = 0;
    if (entry.blankOwner) {
        if (!m_havePreviousOwner)
            return error(path, tokens.front(), tr("record without an owner name and no previous owner"));
        owner = m_previousOwner;
    } else if (m_havePreviousOwner && !tokens[index].quoted &&
               tokens[index].view() == QByteArrayView(m_previousOwnerText)) {
        // The same owner as written on the previous record (signed zones repeat it on every line), under the
        // same origin: the same name.
        owner = m_previousOwner;
        ++index;
    } else {
        const ZoneToken& ownerToken = tokens[index++];
        std::uint8_t wire[DnsNameMaxWire + 1];
        int length = 0;
        const DnsNameParseStatus status =
            parseDnsName(ownerToken.text, ownerToken.length, m_origin, true, wire, length);
        if (status == DnsNameParseStatus::NoOrigin)
            return error(
                path, ownerToken,
                tr("relative name '%1' without an origin ($ORIGIN or --origin)").arg(shown(ownerToken.view())));
        if (status != DnsNameParseStatus::Ok || ownerToken.quoted)
            return error(path, ownerToken, tr("bad owner name '%1'").arg(shown(ownerToken.view())));
        owner = m_zone.internName(QByteArrayView(reinterpret_cast<const char*>(wire), length));
        m_previousOwner = owner;
        m_havePreviousOwner = true;
        m_previousOwnerText.resize(ownerToken.length);
        std::memcpy(m_previousOwnerText.data(), ownerToken.text, size_t(ownerToken.length));
    }
    // TTL and class in either order, both optional.
    std::optional<quint32> ttl;
    std::optional<quint16> rclass;
    for (int k = 0; k < 2 && index < tokens.size(); ++k) {
        const ZoneToken& token = tokens[index];
        if (!ttl && !token.quoted && token.length > 0 && isDigit(token.text[0])) {
            quint32 value = 0;
            if (!parseZoneTtl(token.view(), value))
                return error(path, token, tr("bad TTL '%1'").arg(shown(token.view())));
            ttl = value;
            ++index;
            continue;
        }
        if (!rclass && !token.quoted) {
            if (const std::optional<quint16> c = rrClassFromMnemonic(token.view())) {
                rclass = c;
                ++index;
                continue;
            }
        }
        break;
    }
    if (index >= tokens.size())
        return error(path, tokens.back(), tr("record without a type"));
    const ZoneToken& typeToken = tokens[index++];
    const std::optional<quint16> type = typeToken.quoted ? std::nullopt : rrTypeFromMnemonic(typeToken.view());
    if (!type)
        return error(path, typeToken, tr("unknown type '%1'").arg(shown(typeToken.view())));
    QString message;
    size_t badToken = index;
    if (!encodeRdata(*type, tokens, index, m_rdataBuffer, message, badToken)) {
        const ZoneToken& where = badToken < tokens.size() ? tokens[badToken] : typeToken;
        return error(path, where, message);
    }
    if (*type == 6 && m_soaOwner.isEmpty())
        m_soaOwner = m_zone.name(owner).toByteArray();
    if (*type == 6 && !m_ttlDirective && m_rdataBuffer.size() >= 4) {
        // No $TTL: the SOA minimum is the default (RFC 1035 behaviour that BIND and Knot keep).
        const auto* p = reinterpret_cast<const std::uint8_t*>(m_rdataBuffer.constData() + m_rdataBuffer.size() - 4);
        m_defaultTtl = (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
    }
    if (m_zone.rdataBytes() + m_rdataBuffer.size() > qsizetype(0xffffffffLL))
        return error(path, tokens.front(), tr("the zone's RDATA exceed 4 GiB"));
    m_zone.addRecord(owner, *type, rclass.value_or(1), ttl.value_or(m_defaultTtl), m_rdataBuffer, file,
                     quint32(tokens.front().line));
    return {};
}

bool ZoneFileParser::encodeRdata(quint16 type, const std::vector<ZoneToken>& tokens, size_t first, QByteArray& rdata,
                                 QString& message, size_t& badToken) const {
    rdata.clear();
    if (first < tokens.size() && !tokens[first].quoted && tokens[first].view() == QByteArrayView("\\#")) {
        // RFC 3597 generic RDATA: \# length hex...
        badToken = first + 1;
        quint32 length = 0;
        if (first + 1 >= tokens.size() || tokens[first + 1].length == 0 || tokens[first + 1].length > 5) {
            message = tr("bad RDATA length after \\#");
            return false;
        }
        for (const char c : tokens[first + 1].view()) {
            if (!isDigit(c)) {
                message = tr("bad RDATA length '%1' after \\#").arg(shown(tokens[first + 1].view()));
                return false;
            }
            length = length * 10 + quint32(c - '0');
        }
        if (length > 65535) {
            message = tr("bad RDATA length '%1' after \\#").arg(shown(tokens[first + 1].view()));
            return false;
        }
        for (size_t i = first + 2; i < tokens.size(); ++i) {
            const QByteArrayView hex = tokens[i].view();
            if (hex.size() % 2 != 0 || tokens[i].quoted) {
                badToken = i;
                message = tr("bad hex '%1'").arg(shown(hex));
                return false;
            }
            for (qsizetype j = 0; j < hex.size(); j += 2) {
                int high = 0;
                int low = 0;
                if (!hexValue(hex[j], high) || !hexValue(hex[j + 1], low)) {
                    badToken = i;
                    message = tr("bad hex '%1'").arg(shown(hex));
                    return false;
                }
                rdata.append(char(high * 16 + low));
            }
        }
        if (quint32(rdata.size()) != length) {
            badToken = first + 1;
            message = tr("\\# announces %1 octets but %2 follow").arg(length).arg(rdata.size());
            return false;
        }
        if (m_options.counters)
            ++m_options.counters->generic;
        return true;
    }
    if (!m_options.forceLdns) {
        const RdataEncoder::Outcome outcome =
            RdataEncoder::encode(type, tokens, first, m_rdataOrigin, rdata, message, badToken);
        if (outcome == RdataEncoder::Outcome::Done) {
            if (m_options.counters)
                ++m_options.counters->fastPath;
            return true;
        }
        if (outcome == RdataEncoder::Outcome::Failed) {
            // ldns has the last word on what is acceptable, so both paths agree; our message is the precise one.
            QString ldnsMessage;
            if (LdnsRdataParser::parse(type, tokens, first, m_rdataOrigin, rdata, ldnsMessage)) {
                if (m_options.counters)
                    ++m_options.counters->ldnsPath;
                return true;
            }
            return false;
        }
    }
    QString ldnsMessage;
    if (LdnsRdataParser::parse(type, tokens, first, m_rdataOrigin, rdata, ldnsMessage)) {
        if (m_options.counters)
            ++m_options.counters->ldnsPath;
        return true;
    }
    QByteArray text;
    for (size_t i = first; i < tokens.size(); ++i) {
        if (i > first)
            text += ' ';
        text.append(tokens[i].raw().data(), tokens[i].raw().size());
    }
    badToken = first;
    message = tr("bad %1 data '%2': %3").arg(rrTypeName(type), shown(text), ldnsMessage);
    return false;
}

QByteArray ZoneFileParser::zoneOriginOf(const ZoneLoadOptions& options, const QByteArray& soaOwner,
                                        const QByteArray& firstOrigin, const QString& topPath) {
    if (!options.origin.isEmpty()) {
        const Result<QByteArray> origin = dnsNameFromText(options.origin, QByteArrayView("\0", 1));
        if (origin)
            return *origin;
    }
    if (!soaOwner.isEmpty())
        return soaOwner;
    if (!firstOrigin.isEmpty())
        return firstOrigin;
    QString base = QFileInfo(topPath).fileName();
    for (const char* suffix : {".zone", ".db", ".txt", ".signed"}) {
        if (base.endsWith(QLatin1String(suffix)))
            base.chop(qsizetype(strlen(suffix)));
    }
    if (base.startsWith(QLatin1String("db.")))
        base = base.mid(3);
    const Result<QByteArray> fromName = dnsNameFromText(base + QLatin1Char('.'));
    return fromName ? *fromName : QByteArray(1, '\0');
}

} // namespace danewerk::core
