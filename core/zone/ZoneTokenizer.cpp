#include "core/zone/ZoneTokenizer.h"

#include <QCoreApplication>

#include <array>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace danewerk::core {

ZoneTokenizer::Status ZoneTokenizer::fail(const QString& message, int line, int column) {
    m_errorMessage = message;
    m_errorLine = line;
    m_errorColumn = column;
    return Status::Error;
}

namespace {

// What ends an unquoted token (white space, comment, parentheses, quote), and the escape character.
enum CharClass : quint8 { Plain = 0, Delimiter = 1, Escape = 2 };
constexpr auto kCharClass = [] {
    std::array<quint8, 256> table{};
    for (const char c : {' ', '\t', '\n', '\r', ';', '(', ')', '"'})
        table[size_t(quint8(c))] = Delimiter;
    table[size_t('\\')] = Escape;
    return table;
}();

// Skips 16 octets at a time while none of them is a delimiter or an escape: the long tokens (base64 signatures
// and keys, hashed owner names) are most of a signed zone's text. Stops at such an octet, or where fewer than
// 16 remain; the byte loop does the rest.
const char* skipPlain(const char* pos, const char* end) {
#if defined(__SSE2__)
    const __m128i space = _mm_set1_epi8(' ');
    const __m128i tab = _mm_set1_epi8('\t');
    const __m128i newline = _mm_set1_epi8('\n');
    const __m128i carriageReturn = _mm_set1_epi8('\r');
    const __m128i semicolon = _mm_set1_epi8(';');
    const __m128i open = _mm_set1_epi8('(');
    const __m128i close = _mm_set1_epi8(')');
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    while (end - pos >= 16) {
        const __m128i octets = _mm_loadu_si128(reinterpret_cast<const __m128i*>(pos));
        const __m128i white =
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(octets, space), _mm_cmpeq_epi8(octets, tab)),
                         _mm_or_si128(_mm_cmpeq_epi8(octets, newline), _mm_cmpeq_epi8(octets, carriageReturn)));
        const __m128i marks =
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(octets, semicolon), _mm_cmpeq_epi8(octets, open)),
                         _mm_or_si128(_mm_cmpeq_epi8(octets, close), _mm_cmpeq_epi8(octets, quote)));
        const int mask = _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(white, marks), _mm_cmpeq_epi8(octets, backslash)));
        if (mask != 0)
            return pos + __builtin_ctz(unsigned(mask));
        pos += 16;
    }
#else
    Q_UNUSED(end);
#endif
    return pos;
}

} // namespace

ZoneTokenizer::Status ZoneTokenizer::next(ZoneEntry& entry) {
    entry.tokens.clear();
    entry.blankOwner = false;
    int depth = 0;
    int openLine = 0;
    int openColumn = 0;
    // The position lives in locals while scanning (members would be stored on every byte) and is written
    // back before every return.
    const char* pos = m_pos;
    const char* lineStart = m_lineStart;
    int line = m_line;
    const auto sync = [&] {
        m_pos = pos;
        m_lineStart = lineStart;
        m_line = line;
    };
    bool atLineStart = pos == lineStart;
    if (atLineStart && pos >= m_limit)
        return Status::End;
    while (pos < m_end) {
        const char c = *pos;
        if (c == '\n') {
            ++pos;
            ++line;
            lineStart = pos;
            if (depth == 0 && !entry.tokens.empty()) {
                sync();
                return Status::Entry;
            }
            if (depth == 0)
                entry.blankOwner = false;
            if (depth == 0 && pos >= m_limit) {
                sync();
                return Status::End;
            }
            atLineStart = true;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r') {
            if (atLineStart && depth == 0 && entry.tokens.empty() && c != '\r')
                entry.blankOwner = true;
            atLineStart = false;
            ++pos;
            continue;
        }
        atLineStart = false;
        if (c == ';') {
            const auto* newline = static_cast<const char*>(std::memchr(pos, '\n', size_t(m_end - pos)));
            pos = newline ? newline : m_end;
            continue;
        }
        const int column = int(pos - lineStart) + 1;
        if (c == '(') {
            if (depth == 0) {
                openLine = line;
                openColumn = column;
            }
            ++depth;
            ++pos;
            continue;
        }
        if (c == ')') {
            if (depth == 0) {
                sync();
                return fail(QCoreApplication::translate("danewerk::core::ZoneLoader", "unbalanced parenthesis ')'"),
                            line, column);
            }
            --depth;
            ++pos;
            continue;
        }
        ZoneToken token;
        token.line = line;
        token.column = column;
        if (c == '"') {
            token.quoted = true;
            ++pos;
            token.text = pos;
            while (pos < m_end && *pos != '"') {
                if (*pos == '\\' && pos + 1 < m_end)
                    ++pos;
                if (*pos == '\n') {
                    ++line;
                    lineStart = pos + 1;
                }
                ++pos;
            }
            if (pos >= m_end) {
                sync();
                return fail(QCoreApplication::translate("danewerk::core::ZoneLoader", "unterminated quoted string \"%1")
                                .arg(QString::fromUtf8(token.text, std::min<qsizetype>(pos - token.text, 40))
                                         .section(QLatin1Char('\n'), 0, 0)),
                            token.line, token.column);
            }
            token.length = int(pos - token.text);
            ++pos; // closing quote
        } else {
            token.text = pos;
            pos = skipPlain(pos, m_end);
            while (pos < m_end) {
                const quint8 kind = kCharClass[quint8(*pos)];
                if (kind == Plain) {
                    ++pos;
                    continue;
                }
                if (kind == Delimiter)
                    break;
                if (pos + 1 < m_end && pos[1] != '\n') // an escape takes the next character along
                    ++pos;
                ++pos;
            }
            token.length = int(pos - token.text);
        }
        entry.tokens.push_back(token);
    }
    sync();
    if (depth > 0)
        return fail(QCoreApplication::translate("danewerk::core::ZoneLoader", "unterminated parenthesis '('"), openLine,
                    openColumn);
    return entry.tokens.empty() ? Status::End : Status::Entry;
}

} // namespace danewerk::core
