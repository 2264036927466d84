#include "core/zone/ZoneTokenizer.h"

#include <QCoreApplication>

namespace danewerk::core {

ZoneTokenizer::Status ZoneTokenizer::fail(const QString& message, int line, int column) {
    m_errorMessage = message;
    m_errorLine = line;
    m_errorColumn = column;
    return Status::Error;
}

ZoneTokenizer::Status ZoneTokenizer::next(ZoneEntry& entry) {
    entry.tokens.clear();
    entry.blankOwner = false;
    int depth = 0;
    int openLine = 0;
    int openColumn = 0;
    bool atLineStart = m_pos == m_lineStart;
    while (m_pos < m_end) {
        const char c = *m_pos;
        if (c == '\n') {
            ++m_pos;
            ++m_line;
            m_lineStart = m_pos;
            if (depth == 0 && !entry.tokens.empty())
                return Status::Entry;
            if (depth == 0)
                entry.blankOwner = false;
            atLineStart = true;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r') {
            if (atLineStart && depth == 0 && entry.tokens.empty() && c != '\r')
                entry.blankOwner = true;
            atLineStart = false;
            ++m_pos;
            continue;
        }
        atLineStart = false;
        if (c == ';') {
            while (m_pos < m_end && *m_pos != '\n')
                ++m_pos;
            continue;
        }
        const int column = int(m_pos - m_lineStart) + 1;
        if (c == '(') {
            if (depth == 0) {
                openLine = m_line;
                openColumn = column;
            }
            ++depth;
            ++m_pos;
            continue;
        }
        if (c == ')') {
            if (depth == 0)
                return fail(QCoreApplication::translate("danewerk::core::ZoneLoader", "unbalanced parenthesis ')'"),
                            m_line, column);
            --depth;
            ++m_pos;
            continue;
        }
        ZoneToken token;
        token.line = m_line;
        token.column = column;
        if (c == '"') {
            token.quoted = true;
            ++m_pos;
            token.text = m_pos;
            while (m_pos < m_end && *m_pos != '"') {
                if (*m_pos == '\\' && m_pos + 1 < m_end)
                    ++m_pos;
                if (*m_pos == '\n') {
                    ++m_line;
                    m_lineStart = m_pos + 1;
                }
                ++m_pos;
            }
            if (m_pos >= m_end)
                return fail(QCoreApplication::translate("danewerk::core::ZoneLoader", "unterminated quoted string \"%1")
                                .arg(QString::fromUtf8(token.text, std::min<qsizetype>(m_pos - token.text, 40))
                                         .section(QLatin1Char('\n'), 0, 0)),
                            token.line, token.column);
            token.length = int(m_pos - token.text);
            ++m_pos; // closing quote
        } else {
            token.text = m_pos;
            while (m_pos < m_end) {
                const char d = *m_pos;
                if (d == ' ' || d == '\t' || d == '\n' || d == '\r' || d == ';' || d == '(' || d == ')' || d == '"')
                    break;
                if (d == '\\' && m_pos + 1 < m_end && m_pos[1] != '\n')
                    ++m_pos;
                ++m_pos;
            }
            token.length = int(m_pos - token.text);
        }
        entry.tokens.push_back(token);
    }
    if (depth > 0)
        return fail(QCoreApplication::translate("danewerk::core::ZoneLoader", "unterminated parenthesis '('"), openLine,
                    openColumn);
    return entry.tokens.empty() ? Status::End : Status::Entry;
}

} // namespace danewerk::core
