// Server bytes of an SMTP dialogue: line framing, reply lines, multi-line replies and the EHLO extensions,
// exactly as StartTlsProbe consumes them.
#include "FuzzInput.h"
#include "core/smtp/SmtpReplyParser.h"

using namespace danewerk::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    QByteArray buffer = danewerk::fuzz::inputBytes(data, size);
    QStringList lines;
    int linesInReply = 0;
    QByteArray line;
    while (SmtpReplyParser::takeLine(buffer, line) == SmtpReplyParser::LineStatus::Line) {
        const auto reply = SmtpReplyParser::parseLine(line);
        if (!reply)
            break;
        lines.append(QString::fromLatin1(reply->text));
        if (reply->last || ++linesInReply >= SmtpReplyParser::MaxReplyLines) {
            (void)SmtpReplyParser::offersStartTls(lines);
            lines.clear();
            linesInReply = 0;
        }
    }
    return 0;
}
