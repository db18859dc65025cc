#include "validation/validators.h"

#include <QSet>
#include <QTest>

using namespace exotrunk;

Q_DECLARE_METATYPE(exotrunk::Validity::Level)

namespace {

using L = Validity::Level;

void addLevelColumns() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<Validity::Level>("level");
    QTest::addColumn<QString>("fragment"); // part of the message; empty = any
}

void row(const char *name, const QString &input, Validity::Level level, const char *fragment = "") {
    QTest::newRow(name) << input << level << QString::fromUtf8(fragment);
}

void checkVerdict(const Validity &v) {
    QFETCH(Validity::Level, level);
    QFETCH(QString, fragment);
    QCOMPARE(v.level, level);
    if (level == L::Ok) {
        QVERIFY(v.message.isEmpty());
        QVERIFY(v.isOk());
        return;
    }
    QVERIFY2(!v.message.isEmpty(), "a warning or error must say why");
    QVERIFY2(v.message.endsWith(QLatin1Char('.')), qPrintable(v.message));
    QVERIFY2(v.message.contains(fragment), qPrintable(v.message));
    QCOMPARE(v.isAcceptable(), level == L::Warning);
}

QString repeated(const char *part, int times) {
    QString out;
    for (int i = 0; i < times; ++i)
        out += QString::fromLatin1(part);
    return out;
}

} // namespace

class TstValidators : public QObject {
    Q_OBJECT

private slots:
    void trunkName_data();
    void trunkName() {
        QFETCH(QString, input);
        checkVerdict(validate::trunkName(input));
    }
    void e164_data();
    void e164() {
        QFETCH(QString, input);
        checkVerdict(validate::e164(input));
    }
    void ipv4_data();
    void ipv4() {
        QFETCH(QString, input);
        checkVerdict(validate::ipv4(input));
    }
    void host_data();
    void host() {
        QFETCH(QString, input);
        checkVerdict(validate::host(input));
    }
    void credentialUserName_data();
    void credentialUserName() {
        QFETCH(QString, input);
        checkVerdict(validate::credentialUserName(input));
    }
    void friendlyName_data();
    void friendlyName() {
        QFETCH(QString, input);
        checkVerdict(validate::friendlyName(input));
    }
    void password_data();
    void password() {
        QFETCH(QString, input);
        checkVerdict(validate::password(input));
    }
    void accountSid_data();
    void accountSid() {
        QFETCH(QString, input);
        checkVerdict(validate::accountSid(input));
    }
    void isIpv4Literal();
    void mask_data();
    void mask();
    void port_data();
    void port();
    void transportFromString();
    void parseDestination_data();
    void parseDestination();
    void destinationWarnings();
    void generatedPasswordsMeetThePolicy();
};

void TstValidators::trunkName_data() {
    addLevelColumns();
    row("doc example", QStringLiteral("outbound_trunk"), L::Ok);
    row("one char", QStringLiteral("a"), L::Ok);
    row("16 chars", QStringLiteral("abcdefghij_12345"), L::Ok);
    row("17 chars", QStringLiteral("abcdefghij_123456"), L::Error, "at most 16");
    row("empty", QString(), L::Error, "Enter");
    row("space", QStringLiteral("my trunk"), L::Error, "underscore");
    row("leading space", QStringLiteral(" trunk"), L::Error, "spaces");
    row("trailing newline", QStringLiteral("trunk\n"), L::Error, "spaces");
    row("dash", QStringLiteral("my-trunk"), L::Error, "letters");
    row("unicode letter", QStringLiteral("trünk"), L::Error, "letters");
    row("arabic digit", QString::fromUtf8("trunk\u0661"), L::Error, "letters");
    row("fullwidth", QString::fromUtf8("ｔｒｕｎｋ"), L::Error, "letters");
    row("nul", QString(QChar(0)), L::Error);
    row("overlong", QString(10000, QLatin1Char('a')), L::Error, "at most 16");
}

void TstValidators::e164_data() {
    addLevelColumns();
    row("doc india", QStringLiteral("+919876543210"), L::Ok);
    row("doc india 2", QStringLiteral("+912247790597"), L::Ok);
    row("us", QStringLiteral("+14155550123"), L::Ok);
    row("15 digits", QStringLiteral("+123456789012345"), L::Ok);
    row("7 digits", QStringLiteral("+6834002"), L::Ok);
    row("16 digits", QStringLiteral("+1234567890123456"), L::Error, "at most 15");
    row("too short", QStringLiteral("+12345"), L::Error, "too short");
    row("india 9 digits", QStringLiteral("+91987654321"), L::Warning, "10 digits after +91");
    row("no plus", QStringLiteral("919876543210"), L::Error, "Start the number with +");
    row("ten digit local", QStringLiteral("9876543210"), L::Error, "+919876543210");
    // The hint's example is a valid number, never the invalid input echoed back.
    row("short no plus", QStringLiteral("12345"), L::Error, "e.g. +919876543210.");
    row("long no plus", QStringLiteral("1234567890123456"), L::Error, "e.g. +919876543210.");
    row("00 prefix", QStringLiteral("00919876543210"), L::Error, "+919876543210");
    row("trunk prefix", QStringLiteral("09876543210"), L::Error, "0");
    row("country code 0", QStringLiteral("+0919876543210"), L::Error, "never starts with 0");
    row("spaces", QStringLiteral("+91 98765 43210"), L::Error, "+919876543210");
    row("dashes", QStringLiteral("+91-98765-43210"), L::Error, "+919876543210");
    row("brackets", QStringLiteral("+1 (415) 555-0123"), L::Error, "+14155550123");
    row("trailing space", QStringLiteral("+919876543210 "), L::Error, "+919876543210");
    row("letters", QStringLiteral("+91987654321O"), L::Error, "only a leading + and digits");
    row("arabic-indic digits", QString::fromUtf8("+٩١٩٨٧٦٥٤٣٢١٠"), L::Error, "0–9");
    row("two plus", QStringLiteral("++919876543210"), L::Error, "Only one +");
    row("plus only", QStringLiteral("+"), L::Error, "digits after the +");
    row("empty", QString(), L::Error, "E.164");
    row("overlong", QStringLiteral("+") + QString(5000, QLatin1Char('9')), L::Error, "at most 15");
}

void TstValidators::ipv4_data() {
    addLevelColumns();
    row("doc example", QStringLiteral("44.248.146.11"), L::Ok);
    row("bolna", QStringLiteral("13.200.45.61"), L::Ok);
    row("max octets", QStringLiteral("223.255.255.254"), L::Ok);
    row("five parts", QStringLiteral("1.2.3.4.5"), L::Error, "exactly four");
    row("three parts", QStringLiteral("1.2.3"), L::Error, "exactly four");
    row("leading zero", QStringLiteral("01.2.3.4"), L::Error, "leading zeros");
    row("octal style", QStringLiteral("010.010.010.010"), L::Error, "leading zeros");
    row("256", QStringLiteral("256.0.0.1"), L::Error, "out of range");
    row("999", QStringLiteral("1.2.3.999"), L::Error, "out of range");
    row("long octet", QStringLiteral("1.2.3.0004"), L::Error);
    row("empty octet", QStringLiteral("1..3.4"), L::Error, "between every two dots");
    row("trailing dot", QStringLiteral("1.2.3.4."), L::Error);
    row("ipv6", QStringLiteral("2001:db8::1"), L::Error, "IPv6");
    row("ipv6 loopback", QStringLiteral("::1"), L::Error, "IPv6");
    row("v4-mapped", QStringLiteral("::ffff:1.2.3.4"), L::Error, "IPv6");
    row("with port", QStringLiteral("44.248.146.11:5060"), L::Error, "without a port");
    row("cidr", QStringLiteral("44.248.146.0/24"), L::Error, "mask");
    row("leading space", QStringLiteral(" 44.248.146.11"), L::Error, "spaces");
    row("trailing newline", QStringLiteral("44.248.146.11\n"), L::Error, "spaces");
    row("nbsp", QStringLiteral("44.248.146.11\u00a0"), L::Error, "spaces");
    row("arabic digits", QString::fromUtf8("٤٤.248.146.11"), L::Error, "0–9");
    row("fullwidth digits", QString::fromUtf8("４４.248.146.11"), L::Error, "0–9");
    row("hex", QStringLiteral("0x2c.248.146.11"), L::Error);
    row("single number", QStringLiteral("754815499"), L::Error, "exactly four");
    row("negative", QStringLiteral("-1.2.3.4"), L::Error);
    row("hostname", QStringLiteral("sip.example.com"), L::Error);
    row("empty", QString(), L::Error, "Enter");
    row("overlong", repeated("1.", 5000) + QStringLiteral("1"), L::Error);
    row("private 10", QStringLiteral("10.0.0.5"), L::Warning, "private");
    row("private 172.16", QStringLiteral("172.16.0.1"), L::Warning, "private");
    row("private 172.31", QStringLiteral("172.31.255.255"), L::Warning, "private");
    row("public 172.32", QStringLiteral("172.32.0.1"), L::Ok);
    row("private 192.168", QStringLiteral("192.168.1.10"), L::Warning, "private");
    row("loopback", QStringLiteral("127.0.0.1"), L::Warning, "loopback");
    row("link-local", QStringLiteral("169.254.10.20"), L::Warning, "link-local");
    row("cgnat", QStringLiteral("100.64.0.1"), L::Warning, "carrier-grade NAT");
    row("cgnat end", QStringLiteral("100.127.255.254"), L::Warning, "carrier-grade NAT");
    row("after cgnat", QStringLiteral("100.128.0.1"), L::Ok);
    row("multicast", QStringLiteral("224.0.0.5"), L::Warning, "multicast");
    row("reserved 240", QStringLiteral("240.0.0.1"), L::Warning, "reserved");
    row("broadcast", QStringLiteral("255.255.255.255"), L::Warning, "broadcast");
    row("unspecified", QStringLiteral("0.0.0.0"), L::Warning, "0.0.0.0");
    row("this network", QStringLiteral("0.1.2.3"), L::Warning, "this network");
    row("documentation", QStringLiteral("203.0.113.50"), L::Warning, "documentation");
    row("benchmarking", QStringLiteral("198.18.0.1"), L::Warning, "benchmarking");
}

void TstValidators::host_data() {
    addLevelColumns();
    row("doc fqdn", QStringLiteral("sip.yourcompany.com"), L::Ok);
    row("elevenlabs", QStringLiteral("sip.rtc.elevenlabs.io"), L::Ok);
    row("livekit", QStringLiteral("abc123.india.sip.livekit.cloud"), L::Ok);
    row("rapida", QStringLiteral("sip-01.in.rapida.ai"), L::Ok);
    row("ip", QStringLiteral("44.248.146.11"), L::Ok);
    row("private ip warns", QStringLiteral("192.168.0.10"), L::Warning, "private");
    row("bad ip", QStringLiteral("256.0.0.1"), L::Error, "out of range");
    row("1.2.3", QStringLiteral("1.2.3"), L::Error, "exactly four");
    row("1.2.3.4.5", QStringLiteral("1.2.3.4.5"), L::Error, "exactly four");
    row("01.2.3.4", QStringLiteral("01.2.3.4"), L::Error, "leading zeros");
    row("numeric tld", QStringLiteral("sip.example.123"), L::Error, "all digits");
    row("bare name", QStringLiteral("localhost"), L::Error, "fully qualified");
    row("trailing dot", QStringLiteral("sip.example.com."), L::Error, "dot at the end");
    row("leading dot", QStringLiteral(".example.com"), L::Error, "two dots");
    row("double dot", QStringLiteral("sip..example.com"), L::Error, "two dots");
    row("leading hyphen", QStringLiteral("-sip.example.com"), L::Error, "hyphen");
    row("trailing hyphen", QStringLiteral("sip-.example.com"), L::Error, "hyphen");
    row("underscore", QStringLiteral("sip_1.example.com"), L::Error, "Underscores");
    row("space", QStringLiteral("sip example.com"), L::Error, "spaces");
    row("trailing space", QStringLiteral("sip.example.com "), L::Error, "spaces");
    row("with port", QStringLiteral("sip.example.com:5061"), L::Error, "port");
    row("with scheme", QStringLiteral("sip:sip.example.com"), L::Error, "port");
    row("url", QStringLiteral("https://sip.example.com/"), L::Error);
    row("transport param", QStringLiteral("sip.example.com;transport=tls"), L::Error, "parameters");
    row("user", QStringLiteral("bot@sip.example.com"), L::Error, "user");
    row("ipv6", QStringLiteral("2001:db8::1"), L::Error, "IPv6");
    row("ipv6 bracket", QStringLiteral("[2001:db8::1]"), L::Error, "IPv6");
    row("idn", QString::fromUtf8("sip.bücher.example"), L::Error, "xn--");
    row("label 63", repeated("a", 63) + QStringLiteral(".example.com"), L::Ok);
    row("label 64", repeated("a", 64) + QStringLiteral(".example.com"), L::Error, "63");
    // 61 + 63 + 63 + 59 characters in labels, four dots and "com": exactly 253; one more is too
    // long.
    const QString name253 = repeated("a", 61) + QLatin1Char('.') + repeated("b", 63) +
                            QLatin1Char('.') + repeated("c", 63) + QLatin1Char('.') +
                            repeated("d", 59) + QStringLiteral(".com");
    Q_ASSERT(name253.size() == 253);
    row("253 chars", name253, L::Ok);
    row("254 chars", QStringLiteral("x") + name253, L::Error, "253");
    row("overlong", repeated("a.", 20000) + QStringLiteral("com"), L::Error, "253");
    row("empty", QString(), L::Error, "Enter a host");
    row("nul", QStringLiteral("sip.example.com") + QChar(0), L::Error);
    row("control", QStringLiteral("sip.exa\u0007mple.com"), L::Error);
}

void TstValidators::credentialUserName_data() {
    addLevelColumns();
    row("doc example", QStringLiteral("voice_ai_user"), L::Ok);
    row("dots and dashes", QStringLiteral("lk.prod-01"), L::Ok);
    row("digit first", QStringLiteral("1user"), L::Ok);
    row("32 chars", QString(32, QLatin1Char('u')), L::Ok);
    row("33 chars", QString(33, QLatin1Char('u')), L::Error, "at most 32");
    row("underscore first", QStringLiteral("_user"), L::Error, "starts with");
    row("at", QStringLiteral("user@example"), L::Error, "only letters");
    row("colon", QStringLiteral("user:x"), L::Error, "only letters");
    row("space", QStringLiteral("voice user"), L::Error, "only letters");
    row("unicode", QStringLiteral("usér"), L::Error, "only letters");
    row("empty", QString(), L::Error, "Enter");
}

void TstValidators::friendlyName_data() {
    addLevelColumns();
    row("empty is fine", QString(), L::Ok);
    row("doc example", QStringLiteral("elevenlabs-prod"), L::Ok);
    row("32 chars", QString(32, QLatin1Char('x')), L::Ok);
    row("33 chars", QString(33, QLatin1Char('x')), L::Error, "at most 32");
    // 32 characters outside the BMP are 64 UTF-16 units: still 32 characters.
    row("32 emoji", QString::fromUtf8(QByteArray("\xF0\x9F\x93\x9E").repeated(32)), L::Ok);
    row("33 emoji", QString::fromUtf8(QByteArray("\xF0\x9F\x93\x9E").repeated(33)), L::Error,
        "at most 32");
    row("unicode ok", QString::fromUtf8("Büro München"), L::Ok);
    row("control", QStringLiteral("a\tb"), L::Error, "control");
}

void TstValidators::password_data() {
    addLevelColumns();
    row("good", QStringLiteral("Abcdefgh1234"), L::Ok);
    row("long good", QStringLiteral("Xq7-m2P_a9Lk.rT4"), L::Ok);
    row("11 chars", QStringLiteral("Abcdefgh123"), L::Error, "at least 12 characters");
    row("no upper", QStringLiteral("abcdefgh1234"), L::Error, "upper-case");
    row("no lower", QStringLiteral("ABCDEFGH1234"), L::Error, "lower-case");
    row("no digit", QStringLiteral("Abcdefghijkl"), L::Error, "a digit");
    row("everything missing", QStringLiteral("!!!"), L::Error,
        "at least 12 characters (it has 3), an upper-case letter, a lower-case letter, a digit");
    row("arabic digit does not count", QString::fromUtf8("Abcdefghijk\u0661"), L::Error, "a digit");
    row("space warns", QStringLiteral("Abcd efgh 1234"), L::Warning, "Spaces");
    row("unicode warns", QStringLiteral("Abcdéfgh1234"), L::Warning, "non-ASCII");
    row("control", QStringLiteral("Abcdefgh1234\n"), L::Error, "control");
    row("empty", QString(), L::Error, "generate");
}

void TstValidators::accountSid_data() {
    addLevelColumns();
    row("doc", QStringLiteral("ameyo5m"), L::Ok);
    row("doc 2", QStringLiteral("exotelveenotesting1m"), L::Ok);
    row("dash", QStringLiteral("acme-corp_1"), L::Ok);
    row("space", QStringLiteral("ameyo 5m"), L::Error, "without spaces");
    row("slash", QStringLiteral("ameyo/5m"), L::Error);
    row("empty", QString(), L::Error, "Enter");
    row("overlong", QString(65, QLatin1Char('a')), L::Error, "64");
}

void TstValidators::isIpv4Literal() {
    QVERIFY(validate::isIpv4Literal(QStringLiteral("44.248.146.11")));
    QVERIFY(validate::isIpv4Literal(QStringLiteral("10.0.0.1"))); // private, still an IP
    QVERIFY(!validate::isIpv4Literal(QStringLiteral("sip.company.com")));
    QVERIFY(!validate::isIpv4Literal(QStringLiteral("1.2.3")));
    QVERIFY(!validate::isIpv4Literal(QStringLiteral("01.2.3.4")));
    QVERIFY(!validate::isIpv4Literal(QStringLiteral("2001:db8::1")));
    QVERIFY(!validate::isIpv4Literal(QString()));
}

void TstValidators::mask_data() {
    QTest::addColumn<int>("bits");
    QTest::addColumn<Validity::Level>("level");
    QTest::newRow("32") << 32 << L::Ok;
    QTest::newRow("31") << 31 << L::Warning;
    QTest::newRow("24") << 24 << L::Warning;
    QTest::newRow("16") << 16 << L::Warning;
    QTest::newRow("15") << 15 << L::Error;
    QTest::newRow("0") << 0 << L::Error;
    QTest::newRow("-1") << -1 << L::Error;
    QTest::newRow("33") << 33 << L::Error;
    QTest::newRow("int max") << std::numeric_limits<int>::max() << L::Error;
    QTest::newRow("int min") << std::numeric_limits<int>::min() << L::Error;
}

void TstValidators::mask() {
    QFETCH(int, bits);
    QFETCH(Validity::Level, level);
    const Validity v = validate::mask(bits);
    QCOMPARE(v.level, level);
    if (level == L::Warning) {
        QVERIFY2(v.message.contains(QStringLiteral("/32")), qPrintable(v.message));
        QVERIFY2(v.message.contains(QStringLiteral("do not support CIDR ranges")),
                 qPrintable(v.message));
    }
    if (level == L::Error)
        QVERIFY2(v.message.contains(QStringLiteral("16 and 32")), qPrintable(v.message));
    if (bits == 24)
        QVERIFY2(v.message.contains(QStringLiteral("256 addresses")), qPrintable(v.message));
}

void TstValidators::port_data() {
    QTest::addColumn<int>("value");
    QTest::addColumn<bool>("ok");
    QTest::newRow("0") << 0 << false;
    QTest::newRow("1") << 1 << true;
    QTest::newRow("5060") << 5060 << true;
    QTest::newRow("5061") << 5061 << true;
    QTest::newRow("65535") << 65535 << true;
    QTest::newRow("65536") << 65536 << false;
    QTest::newRow("-5060") << -5060 << false;
}

void TstValidators::port() {
    QFETCH(int, value);
    QFETCH(bool, ok);
    const Validity v = validate::port(value);
    QCOMPARE(v.isOk(), ok);
    QCOMPARE(v.message.contains(QStringLiteral("1 to 65535")), !ok);
}

void TstValidators::transportFromString() {
    QCOMPARE(validate::transportFromString(QStringLiteral("tls")), std::optional(Transport::Tls));
    QCOMPARE(validate::transportFromString(QStringLiteral("TCP")), std::optional(Transport::Tcp));
    QCOMPARE(validate::transportFromString(QStringLiteral("Udp")), std::optional(Transport::Udp));
    QVERIFY(!validate::transportFromString(QStringLiteral(" tls")).has_value());
    QVERIFY(!validate::transportFromString(QStringLiteral("sctp")).has_value());
    QVERIFY(!validate::transportFromString(QStringLiteral("ws")).has_value());
    QVERIFY(!validate::transportFromString(QString()).has_value());
}

void TstValidators::parseDestination_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<Transport>("transport");
    QTest::addColumn<QString>("fragment");
    const auto good = [](const char *name, const QString &in, const char *host, int port,
                         Transport t) {
        QTest::newRow(name) << in << true << QString::fromLatin1(host) << port << t << QString();
    };
    const auto bad = [](const char *name, const QString &in, const char *fragment) {
        QTest::newRow(name) << in << false << QString() << 0 << Transport::Udp
                            << QString::fromUtf8(fragment);
    };
    good("doc ip", QStringLiteral("44.248.146.11:5061;transport=tls"), "44.248.146.11", 5061,
         Transport::Tls);
    good("doc fqdn", QStringLiteral("sip.yourcompany.com:5061;transport=tls"),
         "sip.yourcompany.com", 5061, Transport::Tls);
    good("sip prefix", QStringLiteral("sip:sip.company.com:5061;transport=tls"), "sip.company.com",
         5061, Transport::Tls);
    good("SIP upper prefix", QStringLiteral("SIP:sip.company.com:5060;transport=TCP"),
         "sip.company.com", 5060, Transport::Tcp);
    good("no transport is udp", QStringLiteral("13.200.45.61:5060"), "13.200.45.61", 5060,
         Transport::Udp);
    good("udp", QStringLiteral("sip-01.in.rapida.ai:5060;transport=udp"), "sip-01.in.rapida.ai",
         5060, Transport::Udp);
    good("no port tls", QStringLiteral("sip.company.com;transport=tls"), "sip.company.com", 5061,
         Transport::Tls);
    good("no port no transport", QStringLiteral("sip.company.com"), "sip.company.com", 5060,
         Transport::Udp);
    good("edge tls 443", QStringLiteral("in.voip.exotel.com:443;transport=tls"),
         "in.voip.exotel.com", 443, Transport::Tls);
    bad("empty", QString(), "Enter a destination");
    bad("empty transport", QStringLiteral("sip.company.com:5061;transport="), "tls, tcp or udp");
    bad("bare transport", QStringLiteral("sip.company.com:5061;transport"), "tls, tcp or udp");
    bad("sctp", QStringLiteral("sip.company.com:5061;transport=sctp"), "not \"sctp\"");
    bad("ws", QStringLiteral("sip.company.com:5061;transport=ws"), "tls, tcp or udp");
    bad("twice", QStringLiteral("sip.company.com:5061;transport=tls;transport=tcp"), "only once");
    bad("stray semicolon", QStringLiteral("sip.company.com:5061;transport=tls;"), "stray");
    bad("double semicolon", QStringLiteral("sip.company.com:5061;;transport=tls"), "stray");
    bad("other param", QStringLiteral("sip.company.com:5061;lr"), "Only the ;transport=");
    bad("spaces", QStringLiteral("sip.company.com:5061; transport=tls"), "spaces");
    bad("trailing newline", QStringLiteral("sip.company.com:5061;transport=tls\n"), "spaces");
    bad("port 0", QStringLiteral("sip.company.com:0;transport=tls"), "1 to 65535");
    bad("port 65536", QStringLiteral("sip.company.com:65536;transport=tls"), "1 to 65535");
    bad("huge port", QStringLiteral("sip.company.com:99999999999999999999"), "1 to 65535");
    bad("empty port", QStringLiteral("sip.company.com:;transport=tls"), "Give the port");
    bad("port letters", QStringLiteral("sip.company.com:50a0"), "number");
    bad("port arabic", QString::fromUtf8("sip.company.com:٥٠٦٠"), "number");
    bad("negative port", QStringLiteral("sip.company.com:-5060"), "number");
    bad("ipv6", QStringLiteral("[2001:db8::1]:5061;transport=tls"), "IPv6");
    bad("ipv6 bare", QStringLiteral("2001:db8::1"), "IPv6");
    bad("bad ip", QStringLiteral("256.0.0.1:5060"), "out of range");
    bad("five part ip", QStringLiteral("1.2.3.4.5:5060"), "exactly four");
    bad("user part", QStringLiteral("sip:bot@sip.company.com:5060"), "user");
    bad("sips", QStringLiteral("sips:sip.company.com:5061"), "sips:");
    bad("no host", QStringLiteral(":5061;transport=tls"), "Enter a host");
    bad("only prefix", QStringLiteral("sip:"), "Enter a host");
    bad("underscore host", QStringLiteral("sip_x.company.com:5061"), "Underscores");
    bad("overlong", QStringLiteral("a.") + repeated("b", 300) + QStringLiteral(".com:5061"), "253");
}

void TstValidators::parseDestination() {
    QFETCH(QString, input);
    QFETCH(bool, ok);
    QString error = QStringLiteral("untouched");
    const std::optional<NewDestination> d = validate::parseDestination(input, &error);
    QCOMPARE(d.has_value(), ok);
    if (ok) {
        QTEST(d->host, "host");
        QTEST(d->port, "port");
        QTEST(d->transport, "transport");
        QVERIFY(validate::destination(*d).isAcceptable());
        // What we would send parses back to the same thing.
        const std::optional<NewDestination> again = validate::parseDestination(d->toUriString());
        QVERIFY(again.has_value());
        QCOMPARE(again->toUriString(), d->toUriString());
        return;
    }
    QFETCH(QString, fragment);
    QVERIFY2(error.contains(fragment), qPrintable(error));
    QVERIFY(validate::parseDestination(input) == std::nullopt); // null error pointer is fine
}

void TstValidators::destinationWarnings() {
    NewDestination d;
    d.host = QStringLiteral("sip.company.com");
    d.port = 5061;
    d.transport = Transport::Tls;
    QVERIFY(validate::destination(d).isOk());
    d.port = 5060;
    QCOMPARE(validate::destination(d).level, L::Warning);
    QVERIFY(validate::destination(d).message.contains(QStringLiteral("5061")));
    d.transport = Transport::Tcp;
    QVERIFY(validate::destination(d).isOk());
    d.port = 5061;
    QCOMPARE(validate::destination(d).level, L::Warning);
    d.port = 0;
    QCOMPARE(validate::destination(d).level, L::Error);
    d.port = 5060;
    d.host = QStringLiteral("10.1.2.3");
    QCOMPARE(validate::destination(d).level, L::Warning);
    QVERIFY(validate::destination(d).message.contains(QStringLiteral("private")));
    d.host = QStringLiteral("bad host");
    QCOMPARE(validate::destination(d).level, L::Error);
}

void TstValidators::generatedPasswordsMeetThePolicy() {
    QSet<QString> seen;
    const QString forbidden = QStringLiteral(":;@\"'\\ /<>&%#?`$Il1O0");
    for (int length : {0, 1, 12, 16, 24, 64, 300}) {
        for (int i = 0; i < 200; ++i) {
            const QString pw = generatePassword(length);
            QVERIFY2(validate::password(pw).isOk(), qPrintable(validate::password(pw).message));
            QCOMPARE(pw.size(), qBound(12, length, 256));
            for (const QChar c : pw) {
                QVERIFY2(!forbidden.contains(c), qPrintable(pw));
                QVERIFY(c.unicode() > 0x20 && c.unicode() < 0x7f);
            }
            seen.insert(pw);
        }
    }
    QCOMPARE(seen.size(), 7 * 200); // no repeats: the generator is not stuck
    QCOMPARE(generatePassword().size(), 24);

    // Each class appears at every position over many draws: the guaranteed characters are shuffled.
    QList<int> upperAt(12, 0);
    for (int i = 0; i < 2000; ++i) {
        const QString pw = generatePassword(12);
        for (int p = 0; p < 12; ++p) {
            if (pw.at(p).isUpper())
                ++upperAt[p];
        }
    }
    for (int count : upperAt)
        QVERIFY(count > 0);
}

QTEST_GUILESS_MAIN(TstValidators)
#include "tst_validators.moc"
