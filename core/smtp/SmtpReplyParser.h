#pragma once

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace danewerk::core {

// One line of an SMTP reply (RFC 5321 4.2): "250-text" (more follow) or "250 text" / "250" (the last).
struct SmtpReplyLine {
    int code = 0;
    bool last = false;
    QByteArray text; // after the separator
};

// The pure parsing half of the STARTTLS dialogue, apart from the socket so it can be fuzzed and unit-tested.
// Everything here reads untrusted server bytes and is bounded.
class SmtpReplyParser {
public:
    static constexpr qsizetype MaxLineLength = 1000; // RFC 5321 4.5.3.1.5
    static constexpr int MaxReplyLines = 100;

    enum class LineStatus { Line, NeedMore, TooLong };
    // Takes one LF-terminated line (CR stripped) off the front of buffer. TooLong when the line, or the
    // unterminated rest, exceeds MaxLineLength.
    [[nodiscard]] static LineStatus takeLine(QByteArray& buffer, QByteArray& line);
    // A reply line with a code 200..599 followed by nothing, ' ' or '-'; nullopt when malformed.
    [[nodiscard]] static std::optional<SmtpReplyLine> parseLine(const QByteArray& line);
    // Whether the lines of an EHLO reply (texts after the code) advertise STARTTLS.
    [[nodiscard]] static bool offersStartTls(const QStringList& ehloLines);
};

} // namespace danewerk::core
