// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/textdecoder.h"

#include <QFile>
#include <QtTest>

using namespace Revmark;

namespace {

QByteArray readFixture(const char *name)
{
    QFile file(QStringLiteral(REVMARK_TEST_DATA "/import/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

QByteArray utf16(const QString &text, bool littleEndian, bool bom = true)
{
    QByteArray out;
    if (bom)
        out += littleEndian ? QByteArray("\xFF\xFE") : QByteArray("\xFE\xFF");
    for (const QChar c : text) {
        const char hi = char(c.unicode() >> 8);
        const char lo = char(c.unicode() & 0xFF);
        out += littleEndian ? lo : hi;
        out += littleEndian ? hi : lo;
    }
    return out;
}

} // namespace

class TestTextDecoder : public QObject
{
    Q_OBJECT

private slots:
    void decode_data();
    void decode();
    void fixtures_data();
    void fixtures();
    void utf8Validation_data();
    void utf8Validation();
    void windows1252Table();
    void loneSurrogatesReplaced();
    void fewControlCharactersTolerated();
    void declaredHtmlCharset_data();
    void declaredHtmlCharset();
    void htmlCharsetFixtures_data();
    void htmlCharsetFixtures();
    void htmlWithoutDeclarationAsBefore();
};

void TestTextDecoder::decode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoding");

    const int ok = int(DecodedText::Status::Ok);
    const int empty = int(DecodedText::Status::Empty);
    const int binary = int(DecodedText::Status::Binary);
    const int undecodable = int(DecodedText::Status::Undecodable);
    const QString sample = QStringLiteral("Caf\u00e9 \u201cquote\u201d \u2014 \U0001F600\r\n");

    QTest::newRow("ascii") << QByteArray("plain text\n") << ok << QStringLiteral("plain text\n") << "UTF-8";
    QTest::newRow("utf-8") << sample.toUtf8() << ok << sample << "UTF-8";
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF") + sample.toUtf8() << ok << sample << "UTF-8";
    QTest::newRow("utf-16le bom") << utf16(sample, true) << ok << sample << "UTF-16LE";
    QTest::newRow("utf-16be bom") << utf16(sample, false) << ok << sample << "UTF-16BE";
    QTest::newRow("windows-1252 quotes")
        << QByteArray("\x93quoted\x94 caf\xE9 \x80 \x85") << ok
        << QStringLiteral("\u201cquoted\u201d caf\u00e9 \u20ac \u2026") << "windows-1252";
    QTest::newRow("invalid utf-8 falls back")
        << QByteArray("na\xC3\xAFve then bad \xC3 byte") << ok
        << QStringLiteral("na\u00c3\u00afve then bad \u00c3 byte") << "windows-1252";
    QTest::newRow("overlong utf-8 falls back") << QByteArray("a\xC0\xAF") << ok
                                               << QStringLiteral("a\u00c0\u00af") << "windows-1252";
    QTest::newRow("encoded surrogate falls back")
        << QByteArray("\xED\xA0\x80x") << ok << QStringLiteral("\u00ed\u00a0\u20acx") << "windows-1252";
    QTest::newRow("line ends untouched") << QByteArray("a\r\nb\rc\n") << ok << QStringLiteral("a\r\nb\rc\n") << "UTF-8";

    QTest::newRow("no bytes") << QByteArray() << empty << QString() << QString();
    QTest::newRow("whitespace") << QByteArray(" \t\r\n\n  ") << empty << QString() << "UTF-8";
    QTest::newRow("bom only") << QByteArray("\xEF\xBB\xBF") << empty << QString() << "UTF-8";
    QTest::newRow("utf-16 bom only") << QByteArray("\xFF\xFE") << empty << QString() << "UTF-16LE";
    QTest::newRow("utf-16 whitespace") << utf16(QStringLiteral("  \n"), false) << empty << QString() << "UTF-16BE";

    QTest::newRow("png header") << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16) << binary << QString() << QString();
    QTest::newRow("nul byte") << QByteArray("text with a \0 inside", 20) << binary << QString() << QString();
    QTest::newRow("bom-less utf-16") << utf16(QStringLiteral("hello"), true, false) << binary << QString() << QString();
    QTest::newRow("control characters") << QByteArray("\x01\x02\x03\x04 abc") << binary << QString() << "UTF-8";
    QTest::newRow("utf-16 of control characters")
        << utf16(QStringLiteral("\u0001\u0002\u0003ab"), true) << binary << QString() << "UTF-16LE";

    QTest::newRow("utf-16le odd length") << QByteArray("\xFF\xFE" "a\0b", 5) << undecodable << QString() << "UTF-16LE";
    QTest::newRow("utf-16be odd length") << QByteArray("\xFE\xFF\0", 3) << undecodable << QString() << "UTF-16BE";
}

void TestTextDecoder::decode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    QFETCH(QString, text);
    QFETCH(QString, encoding);

    const DecodedText decoded = TextDecoder::decode(bytes);
    QCOMPARE(int(decoded.status), status);
    QCOMPARE(decoded.text, text);
    if (!encoding.isNull())
        QCOMPARE(decoded.encoding, encoding);
}

void TestTextDecoder::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("contains");

    QTest::newRow("windows-1252") << "windows-1252.txt" << "windows-1252"
                                  << QStringLiteral("The \u201chouse\u201d soup arrived lukewarm, but the cr\u00e8me br\u00fbl\u00e9e made up for it \u2013 mostly.");
    QTest::newRow("utf-16le") << "utf16le-bom.txt" << "UTF-16LE" << QStringLiteral("\u03bb\u03cc\u03b3\u03bf\u03c2. And one emoji: \U0001F4DA.");
    QTest::newRow("utf-16be") << "utf16be-bom.txt" << "UTF-16BE" << QStringLiteral("\u03bb\u03cc\u03b3\u03bf\u03c2. And one emoji: \U0001F4DA.");
    QTest::newRow("utf-8 bom") << "utf8-bom.txt" << "UTF-8" << QStringLiteral("sentences \u201cpatient\u201d");
    QTest::newRow("utf-8") << "utf8.txt" << "UTF-8" << QStringLiteral("na\u00efve or wise?");
}

void TestTextDecoder::fixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    QFETCH(QString, contains);

    const DecodedText decoded = TextDecoder::decode(readFixture(file.toLatin1().constData()));
    QCOMPARE(int(decoded.status), int(DecodedText::Status::Ok));
    QCOMPARE(decoded.encoding, encoding);
    QVERIFY2(decoded.text.contains(contains), qPrintable(decoded.text));
    QVERIFY(!decoded.text.startsWith(QChar(0xFEFF)));
}

void TestTextDecoder::utf8Validation_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");

    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("two byte") << QByteArray("\xC3\xA9") << true;
    QTest::newRow("three byte") << QByteArray("\xE2\x82\xAC") << true;
    QTest::newRow("four byte") << QByteArray("\xF0\x9F\x98\x80") << true;
    QTest::newRow("max code point") << QByteArray("\xF4\x8F\xBF\xBF") << true;
    QTest::newRow("truncated") << QByteArray("\xE2\x82") << false;
    QTest::newRow("lone continuation") << QByteArray("\x80") << false;
    QTest::newRow("overlong two byte") << QByteArray("\xC1\xBF") << false;
    QTest::newRow("overlong three byte") << QByteArray("\xE0\x9F\xBF") << false;
    QTest::newRow("overlong four byte") << QByteArray("\xF0\x8F\xBF\xBF") << false;
    QTest::newRow("surrogate") << QByteArray("\xED\xBF\xBF") << false;
    QTest::newRow("above max") << QByteArray("\xF4\x90\x80\x80") << false;
    QTest::newRow("bad continuation") << QByteArray("\xE2\x28\xA1") << false;
    QTest::newRow("f5") << QByteArray("\xF5\x80\x80\x80") << false;
}

void TestTextDecoder::utf8Validation()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    QCOMPARE(TextDecoder::isValidUtf8(bytes), valid);
}

void TestTextDecoder::windows1252Table()
{
    QCOMPARE(TextDecoder::fromWindows1252(0x41), QChar(u'A'));
    QCOMPARE(TextDecoder::fromWindows1252(0x80), QChar(0x20AC));
    QCOMPARE(TextDecoder::fromWindows1252(0x8A), QChar(0x0160));
    QCOMPARE(TextDecoder::fromWindows1252(0x91), QChar(0x2018));
    QCOMPARE(TextDecoder::fromWindows1252(0x92), QChar(0x2019));
    QCOMPARE(TextDecoder::fromWindows1252(0x93), QChar(0x201C));
    QCOMPARE(TextDecoder::fromWindows1252(0x94), QChar(0x201D));
    QCOMPARE(TextDecoder::fromWindows1252(0x96), QChar(0x2013));
    QCOMPARE(TextDecoder::fromWindows1252(0x97), QChar(0x2014));
    QCOMPARE(TextDecoder::fromWindows1252(0x99), QChar(0x2122));
    QCOMPARE(TextDecoder::fromWindows1252(0x9F), QChar(0x0178));
    QCOMPARE(TextDecoder::fromWindows1252(0x81), QChar(0x0081));
    QCOMPARE(TextDecoder::fromWindows1252(0xA0), QChar(0x00A0));
    QCOMPARE(TextDecoder::fromWindows1252(0xE9), QChar(0x00E9));
    QCOMPARE(TextDecoder::fromWindows1252(0xFF), QChar(0x00FF));
}

void TestTextDecoder::loneSurrogatesReplaced()
{
    QByteArray bytes("\xFF\xFE");
    bytes += QByteArray("a\0\x00\xD8" "b\0", 6); // 'a', lone high surrogate, 'b'
    const DecodedText decoded = TextDecoder::decode(bytes);
    QCOMPARE(int(decoded.status), int(DecodedText::Status::Ok));
    QCOMPARE(decoded.text, QStringLiteral("a\uFFFDb"));
}

void TestTextDecoder::fewControlCharactersTolerated()
{
    const QByteArray bytes = QByteArray("An old file with one stray escape \x1B and a ^Z at the end.\x1A");
    const DecodedText decoded = TextDecoder::decode(bytes);
    QCOMPARE(int(decoded.status), int(DecodedText::Status::Ok));
    QCOMPARE(decoded.text, QString::fromLatin1(bytes));
}

void TestTextDecoder::declaredHtmlCharset_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QByteArray>("charset");

    QTest::newRow("meta charset") << QByteArray("<meta charset=\"ISO-8859-2\">") << QByteArray("iso-8859-2");
    QTest::newRow("unquoted") << QByteArray("<META CHARSET=koi8-r>") << QByteArray("koi8-r");
    QTest::newRow("single quotes, spaces") << QByteArray("<meta  charset = ' windows-1251 ' />") << QByteArray("windows-1251");
    QTest::newRow("http-equiv") << QByteArray("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">")
                                << QByteArray("shift_jis");
    QTest::newRow("content first") << QByteArray("<meta content='text/html;charset=\"euc-jp\"' http-equiv=content-type>")
                                   << QByteArray("euc-jp");
    QTest::newRow("content without http-equiv") << QByteArray("<meta content=\"text/html; charset=koi8-r\">") << QByteArray();
    QTest::newRow("in a comment") << QByteArray("<!-- <meta charset=koi8-r> --><p>x") << QByteArray();
    QTest::newRow("after a comment") << QByteArray("<!-- x --><meta charset=koi8-r>") << QByteArray("koi8-r");
    QTest::newRow("quoted '>' in another tag") << QByteArray("<a title='<meta charset=koi8-r>'>x</a><meta charset=gbk>")
                                               << QByteArray("gbk");
    QTest::newRow("other meta first") << QByteArray("<meta name=viewport content=\"width=device-width\"><meta charset=big5>")
                                      << QByteArray("big5");
    QTest::newRow("metadata is not meta") << QByteArray("<metadata charset=koi8-r>") << QByteArray();
    QTest::newRow("none") << QByteArray("<html><head><title>x</title>") << QByteArray();
    QTest::newRow("past 1024 bytes") << QByteArray(1100, ' ') + "<meta charset=koi8-r>" << QByteArray();
    QTest::newRow("cut at 1024 bytes") << QByteArray(1010, ' ') + "<meta charset=koi8-r>" << QByteArray();
}

void TestTextDecoder::declaredHtmlCharset()
{
    QFETCH(QByteArray, head);
    QFETCH(QByteArray, charset);
    QCOMPARE(TextDecoder::declaredHtmlCharset(head + "<p>text</p>"), charset);
}

// The pages are written by tests/data/import/charsets/make_fixtures.py with Python's codecs.
void TestTextDecoder::htmlCharsetFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("contains");

    QTest::newRow("iso-8859-2") << "iso-8859-2.html" << "iso-8859-2"
                                << QStringLiteral("Za\u017c\u00f3\u0142\u0107 g\u0119\u015bl\u0105 ja\u017a\u0144: film z \u0141odzi jest \u015bwietny.");
    QTest::newRow("koi8-r") << "koi8-r.html" << "koi8-r" << QStringLiteral("<h1>\u0420\u0435\u0446\u0435\u043d\u0437\u0438\u044f</h1>");
    QTest::newRow("windows-1251") << "windows-1251.html" << "windows-1251"
                                  << QStringLiteral("\u0430\u043a\u0442\u0451\u0440\u044b \u043f\u0440\u0435\u043a\u0440\u0430\u0441\u043d\u044b.");
    QTest::newRow("Shift_JIS") << "shift_jis.html" << "shift_jis"
                               << QStringLiteral("\u65e5\u672c\u306e\u6620\u753b\u306f\u7d20\u6674\u3089\u3057\u3044\u3002");
    QTest::newRow("iso-8859-1 is read as windows-1252") << "latin1-declared.html" << "windows-1252"
                                                        << QStringLiteral("\u201cBold\u201d \u2014 and na\u00efve.");
    QTest::newRow("unknown charset") << "unknown-charset.html" << "windows-1252" << QStringLiteral("Caf\u00e9 scenes \u2014 fine.");
    QTest::newRow("bom wins") << "bom-wins.html" << "UTF-8" << QStringLiteral("\u0141\u00f3d\u017a, na\u00efve.");
    QTest::newRow("late declaration ignored") << "late-declaration.html" << "windows-1252"
                                              << QStringLiteral("\u00c9t\u00e9 \u2014 fine.");
}

void TestTextDecoder::htmlCharsetFixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    QFETCH(QString, contains);
    const QByteArray bytes = readFixture(qPrintable(QStringLiteral("charsets/") + file));
    const DecodedText decoded = TextDecoder::decodeHtml(bytes);
    QCOMPARE(int(decoded.status), int(DecodedText::Status::Ok));
    QCOMPARE(decoded.encoding, encoding);
    QVERIFY2(decoded.text.contains(contains), qPrintable(decoded.text));
}

void TestTextDecoder::htmlWithoutDeclarationAsBefore()
{
    // Without a declaration (or with a declared UTF-8) HTML decodes as any text file.
    for (const QByteArray &bytes : {QByteArray("<p>caf\xE9 \x93x\x94</p>"), QByteArray("<p>caf\xC3\xA9</p>"),
                                    QByteArray("<meta charset=utf-8><p>caf\xE9</p>"), QByteArray("\xFF\xFE<\0p\0>\0")}) {
        const DecodedText html = TextDecoder::decodeHtml(bytes);
        const DecodedText text = TextDecoder::decode(bytes);
        QCOMPARE(html.text, text.text);
        QCOMPARE(html.encoding, text.encoding);
    }
}

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
