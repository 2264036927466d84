#pragma once

#include <QByteArrayView>
#include <QString>

#include <vector>

namespace danewerk::core {

// One token of a zone file entry. For quoted strings `text` is the content between the quotes (escapes still
// in place) and `raw` includes the quotes.
struct ZoneToken {
    const char* text = nullptr;
    int length = 0;
    int line = 0;   // 1-based
    int column = 0; // 1-based, in bytes
    bool quoted = false;

    [[nodiscard]] QByteArrayView view() const { return QByteArrayView(text, length); }
    [[nodiscard]] QByteArrayView raw() const {
        return quoted ? QByteArrayView(text - 1, length + 2) : QByteArrayView(text, length);
    }
};

// One logical entry (a record or a directive): the tokens of one line, or of several lines joined by
// parentheses, with comments removed.
struct ZoneEntry {
    std::vector<ZoneToken> tokens;
    bool blankOwner = false; // the line starts with white space: the owner is the previous one
};

// Splits zone file text into entries (RFC 1035 5.1): comments, quoted strings with escapes, parentheses
// spanning lines. Works on bytes; the text must stay alive while tokens are used.
class ZoneTokenizer {
public:
    explicit ZoneTokenizer(QByteArrayView text) : m_begin(text.data()), m_end(text.data() + text.size()) {
        // A UTF-8 byte order mark (some editors write one) is not part of the first owner name.
        if (text.startsWith(QByteArrayView("\xEF\xBB\xBF")))
            m_pos = m_lineStart = m_begin + 3;
        m_limit = m_end;
    }

    // A tokenizer for one chunk of a text (parallel loading): starts at `start` (a line start, counted as line
    // 1) and ends at the first line start at or after `limit` that is outside parentheses and quotes, so that
    // an entry begun before the limit is read to its end. stopPosition() tells where it ended.
    ZoneTokenizer(QByteArrayView text, qsizetype start, qsizetype limit)
        : m_begin(text.data()), m_end(text.data() + text.size()), m_limit(text.data() + limit),
          m_pos(text.data() + start), m_lineStart(m_pos) {
        if (start == 0 && text.startsWith(QByteArrayView("\xEF\xBB\xBF")))
            m_pos = m_lineStart = m_begin + 3;
    }

    enum class Status { Entry, End, Error };
    // Reads the next non-empty entry.
    Status next(ZoneEntry& entry);

    // After Status::Error: what went wrong and where.
    [[nodiscard]] const QString& errorMessage() const { return m_errorMessage; }
    [[nodiscard]] int errorLine() const { return m_errorLine; }
    [[nodiscard]] int errorColumn() const { return m_errorColumn; }

    // Bytes consumed so far (for progress).
    [[nodiscard]] qsizetype position() const { return m_pos - m_begin; }
    // The current line (1-based; after Status::End, one more than the lines read).
    [[nodiscard]] int line() const { return m_line; }

private:
    Status fail(const QString& message, int line, int column);

    const char* m_begin;
    const char* m_end;
    const char* m_limit = nullptr;
    const char* m_pos = m_begin;
    const char* m_lineStart = m_begin;
    int m_line = 1;
    QString m_errorMessage;
    int m_errorLine = 0;
    int m_errorColumn = 0;
};

} // namespace danewerk::core
