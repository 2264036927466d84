#include "core/smtp/SmtpReplyParser.h"

#include <QTest>

using namespace danewerk::core;

// The pure half of the STARTTLS dialogue: what StartTlsProbe accepts from a server, byte by byte.
class TestSmtpReplyParser : public QObject {
    Q_OBJECT

private slots:
    void parseLine_data() {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("code");
        QTest::addColumn<bool>("last");
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("last line with text")
            << QByteArray("220 mx.example ESMTP") << true << 220 << true << QByteArray("mx.example ESMTP");
        QTest::newRow("continuation") << QByteArray("250-STARTTLS") << true << 250 << false << QByteArray("STARTTLS");
        QTest::newRow("bare code") << QByteArray("250") << true << 250 << true << QByteArray();
        QTest::newRow("code below 200") << QByteArray("199 x") << false << 0 << false << QByteArray();
        QTest::newRow("code above 599") << QByteArray("600 x") << false << 0 << false << QByteArray();
        QTest::newRow("four digits") << QByteArray("2500 x") << false << 0 << false << QByteArray();
        QTest::newRow("not a number") << QByteArray("abc def") << false << 0 << false << QByteArray();
        QTest::newRow("empty") << QByteArray() << false << 0 << false << QByteArray();
        QTest::newRow("signed code") << QByteArray("+25 x") << false << 0 << false << QByteArray();
    }
    void parseLine() {
        QFETCH(QByteArray, line);
        QFETCH(bool, valid);
        const auto reply = SmtpReplyParser::parseLine(line);
        QCOMPARE(reply.has_value(), valid);
        if (!valid)
            return;
        QTEST(reply->code, "code");
        QTEST(reply->last, "last");
        QTEST(reply->text, "text");
    }

    void takeLineSplitsAndStripsCr() {
        QByteArray buffer("220 a\r\n250 b\npartial");
        QByteArray line;
        QCOMPARE(SmtpReplyParser::takeLine(buffer, line), SmtpReplyParser::LineStatus::Line);
        QCOMPARE(line, QByteArray("220 a"));
        QCOMPARE(SmtpReplyParser::takeLine(buffer, line), SmtpReplyParser::LineStatus::Line);
        QCOMPARE(line, QByteArray("250 b"));
        QCOMPARE(SmtpReplyParser::takeLine(buffer, line), SmtpReplyParser::LineStatus::NeedMore);
        QCOMPARE(buffer, QByteArray("partial"));
    }

    void takeLineBoundsLength() {
        QByteArray unterminated(SmtpReplyParser::MaxLineLength + 1, 'x');
        QByteArray line;
        QCOMPARE(SmtpReplyParser::takeLine(unterminated, line), SmtpReplyParser::LineStatus::TooLong);
        QByteArray atLimit = QByteArray(SmtpReplyParser::MaxLineLength, 'x') + "\r\n";
        QCOMPARE(SmtpReplyParser::takeLine(atLimit, line), SmtpReplyParser::LineStatus::Line);
        QByteArray overLimit = QByteArray(SmtpReplyParser::MaxLineLength + 1, 'x') + "\n";
        QCOMPARE(SmtpReplyParser::takeLine(overLimit, line), SmtpReplyParser::LineStatus::TooLong);
    }

    void offersStartTls() {
        QVERIFY(SmtpReplyParser::offersStartTls({QStringLiteral("mx.example"), QStringLiteral(" starttls ")}));
        QVERIFY(!SmtpReplyParser::offersStartTls({QStringLiteral("mx.example"), QStringLiteral("STARTTLSX")}));
        QVERIFY(!SmtpReplyParser::offersStartTls({}));
    }
};

QTEST_GUILESS_MAIN(TestSmtpReplyParser)
#include "tst_smtpreplyparser.moc"
