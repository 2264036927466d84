#include "core/smtp/SmtpReplyParser.h"

namespace danewerk::core {

SmtpReplyParser::LineStatus SmtpReplyParser::takeLine(QByteArray& buffer, QByteArray& line) {
    const qsizetype end = buffer.indexOf('\n');
    if (end < 0)
        return buffer.size() > MaxLineLength ? LineStatus::TooLong : LineStatus::NeedMore;
    line = buffer.left(end);
    if (line.endsWith('\r'))
        line.chop(1);
    buffer.remove(0, end + 1);
    return line.size() > MaxLineLength ? LineStatus::TooLong : LineStatus::Line;
}

std::optional<SmtpReplyLine> SmtpReplyParser::parseLine(const QByteArray& line) {
    bool ok = false;
    const int code = line.left(3).toInt(&ok);
    if (!ok || code < 200 || code > 599 || (line.size() > 3 && line[3] != ' ' && line[3] != '-'))
        return std::nullopt;
    SmtpReplyLine reply;
    reply.code = code;
    reply.last = line.size() <= 3 || line[3] == ' ';
    reply.text = line.mid(4);
    return reply;
}

bool SmtpReplyParser::offersStartTls(const QStringList& ehloLines) {
    for (const QString& extension : ehloLines)
        if (extension.trimmed().compare(QLatin1String("STARTTLS"), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

} // namespace danewerk::core
