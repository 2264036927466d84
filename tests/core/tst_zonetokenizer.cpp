// ZoneTokenizer skips plain octets 16 at a time: every delimiter and escape must still end (or continue) a
// token wherever it falls relative to those blocks, and a token must end exactly at the end of the text.

#include "core/zone/ZoneTokenizer.h"

#include <QTest>

using namespace danewerk::core;

namespace {

std::vector<QByteArray> tokensOf(const QByteArray& text, ZoneTokenizer::Status* status = nullptr) {
    ZoneTokenizer tokenizer(text);
    ZoneEntry entry;
    std::vector<QByteArray> out;
    for (;;) {
        const ZoneTokenizer::Status result = tokenizer.next(entry);
        if (status)
            *status = result;
        if (result != ZoneTokenizer::Status::Entry)
            break;
        for (const ZoneToken& token : entry.tokens)
            out.push_back(token.view().toByteArray());
    }
    return out;
}

QByteArray plain(int length, char first) {
    QByteArray out;
    for (int i = 0; i < length; ++i)
        out.append(char(first + i % 26));
    return out;
}

} // namespace

class TestZoneTokenizer : public QObject {
    Q_OBJECT

private slots:
    void delimiterAtEveryOffset();
    void escapeAtEveryOffset();
    void tokenEndsWithTheText();
    void columnsAndLinesAfterLongTokens();
    void octetsThatDoNotDelimit();
};

void TestZoneTokenizer::delimiterAtEveryOffset() {
    // Each delimiter after 1 to 40 plain octets, the text starting at every offset within a block.
    const QByteArray delimiters(" \t\r\n;()\"");
    for (int prefix = 0; prefix < 16; ++prefix) {
        for (int length = 1; length <= 40; ++length) {
            for (const char delimiter : delimiters) {
                const QByteArray token = plain(length, 'a');
                QByteArray text = QByteArray(prefix, ' ') + token + delimiter + " tail";
                if (delimiter == '"')
                    text += '"'; // a closed quoted string
                if (delimiter == '(')
                    text += ')';
                if (delimiter == ')')
                    text.prepend('(');
                const std::vector<QByteArray> tokens = tokensOf(text);
                QVERIFY2(!tokens.empty(), text.constData());
                QCOMPARE(tokens.front(), token);
            }
        }
    }
}

void TestZoneTokenizer::escapeAtEveryOffset() {
    // An escaped delimiter does not end the token, wherever it falls; the token runs on to the next blank.
    for (int before = 0; before <= 34; ++before) {
        for (int after = 0; after <= 20; after += 5) {
            const QByteArray token = plain(before, 'a') + "\\ " + plain(after, 'k') + "\\;" + plain(3, 'x');
            const std::vector<QByteArray> tokens = tokensOf(token + " next\n");
            QCOMPARE(tokens.size(), size_t(2));
            QCOMPARE(tokens[0], token);
            QCOMPARE(tokens[1], QByteArray("next"));
        }
    }
}

void TestZoneTokenizer::tokenEndsWithTheText() {
    for (int length = 1; length <= 48; ++length) {
        const QByteArray token = plain(length, 'A');
        ZoneTokenizer::Status status = ZoneTokenizer::Status::Error;
        const std::vector<QByteArray> tokens = tokensOf("x " + token, &status);
        QCOMPARE(status, ZoneTokenizer::Status::End);
        QCOMPARE(tokens.size(), size_t(2));
        QCOMPARE(tokens[1], token);
    }
}

void TestZoneTokenizer::columnsAndLinesAfterLongTokens() {
    const QByteArray signature = plain(344, 'a'); // an RSA-2048 signature in base64
    const QByteArray text = "www 300 IN RRSIG A 8 2 300 1 2 3 example. " + signature + " ; comment\n" + "\t" +
                            signature + "\n" + "mail ( 1\n" + signature + " )\nlast A 192.0.2.1\n";
    ZoneTokenizer tokenizer(text);
    ZoneEntry entry;
    QCOMPARE(tokenizer.next(entry), ZoneTokenizer::Status::Entry);
    QCOMPARE(entry.tokens.size(), size_t(13));
    QCOMPARE(entry.tokens.back().view(), QByteArrayView(signature));
    QCOMPARE(entry.tokens.back().column, 43);
    QCOMPARE(tokenizer.next(entry), ZoneTokenizer::Status::Entry);
    QVERIFY(entry.blankOwner);
    QCOMPARE(entry.tokens.size(), size_t(1));
    QCOMPARE(entry.tokens[0].line, 2);
    QCOMPARE(entry.tokens[0].column, 2);
    QCOMPARE(tokenizer.next(entry), ZoneTokenizer::Status::Entry);
    QCOMPARE(entry.tokens.size(), size_t(3));
    QCOMPARE(entry.tokens[2].view(), QByteArrayView(signature));
    QCOMPARE(entry.tokens[2].line, 4);
    QCOMPARE(tokenizer.next(entry), ZoneTokenizer::Status::Entry);
    QCOMPARE(entry.tokens[0].view(), QByteArrayView("last"));
    QCOMPARE(entry.tokens[0].line, 5);
    QCOMPARE(tokenizer.next(entry), ZoneTokenizer::Status::End);
}

void TestZoneTokenizer::octetsThatDoNotDelimit() {
    // Control characters other than tab, CR and LF, and octets above 127, belong to the token (RFC 1035 5.1
    // names only blanks, parentheses, quotes and semicolons).
    QByteArray token = plain(20, 'a');
    token[3] = '\v';
    token[17] = '\f';
    token[18] = char(0xc3);
    token[19] = char(0xa4);
    token += plain(20, 'n');
    token[30] = '\0';
    const std::vector<QByteArray> tokens = tokensOf(token + " end");
    QCOMPARE(tokens.size(), size_t(2));
    QCOMPARE(tokens[0], token);
}

QTEST_GUILESS_MAIN(TestZoneTokenizer)
#include "tst_zonetokenizer.moc"
