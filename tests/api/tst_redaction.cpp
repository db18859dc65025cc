#include "api/redaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace exotrunk;

class TestRedaction : public QObject {
    Q_OBJECT

private slots:
    void passwordInJsonBodyIsMasked();
    void nestedAndArraySecretsAreMasked();
    void nonSecretFieldsSurvive();
    void truncatedBodyStillMasksPassword();
    void formStyleSecretsAreMasked();
    void urlLosesUserInfoAndSecretQueryValues();
    void authorizationHeaderIsMasked();
    void knownSecretsAreReplacedInText();
    void sensitiveNames_data();
    void sensitiveNames();
    void passwordInHtmlOrPlainTextIsMasked_data();
    void passwordInHtmlOrPlainTextIsMasked();
    void requestIdIsPrintableAndBounded();
};

void TestRedaction::passwordInJsonBodyIsMasked() {
    const QByteArray body =
        R"({"user_name":"alice","password":"Sup3rSecretPass","friendly_name":"desk"})";
    const QByteArray out = redaction::body(body);
    QVERIFY(!out.contains("Sup3rSecretPass"));
    const QJsonObject o = QJsonDocument::fromJson(out).object();
    QCOMPARE(o.value(QLatin1String("password")).toString(), QStringLiteral("***"));
    QCOMPARE(o.value(QLatin1String("user_name")).toString(), QStringLiteral("alice"));
}

void TestRedaction::nestedAndArraySecretsAreMasked() {
    const QByteArray body =
        R"({"items":[{"Password":"a1B2c3D4e5F6"},{"api_token":"tok-xyz"}],"auth":{"secret":"s3"}})";
    const QByteArray out = redaction::body(body);
    QVERIFY(!out.contains("a1B2c3D4e5F6"));
    QVERIFY(!out.contains("tok-xyz"));
    QVERIFY(!out.contains("\"s3\""));
    QCOMPARE(out.count("***"), 3);
}

void TestRedaction::nonSecretFieldsSurvive() {
    const QByteArray body =
        R"({"trunk_name":"test_123","destinations":[{"destination":"a:5061"}]})";
    const QByteArray out = redaction::body(body);
    QCOMPARE(QJsonDocument::fromJson(out), QJsonDocument::fromJson(body));
    QVERIFY(redaction::body(QByteArray()).isEmpty());
}

void TestRedaction::truncatedBodyStillMasksPassword() {
    const QByteArray cut = R"({"user_name":"alice","password":"Sup3rSecr)";
    const QByteArray out = redaction::body(cut);
    QVERIFY2(!out.contains("Sup3rSecr"), out.constData());
    QVERIFY(out.contains("alice"));
    const QByteArray html = "<html><body>password: \"hunter2Hunter2\"</body></html>";
    QVERIFY(redaction::body(html).contains("<html>"));
}

void TestRedaction::formStyleSecretsAreMasked() {
    const QByteArray out = redaction::body("user=alice&password=hunter2&token=abc");
    QVERIFY(!out.contains("hunter2"));
    QVERIFY(!out.contains("abc"));
    QVERIFY(out.contains("user=alice"));
}

void TestRedaction::urlLosesUserInfoAndSecretQueryValues() {
    const QUrl url(QStringLiteral(
        "https://key:tok3n@api.in.exotel.com/v2/accounts/x/trunks?trunk_sid=tr1&token=abc"));
    const QString out = redaction::url(url);
    QVERIFY2(!out.contains(QLatin1String("tok3n")), qPrintable(out));
    QVERIFY(!out.contains(QLatin1String("key:")));
    QVERIFY(!out.contains(QLatin1String("=abc")));
    QVERIFY(out.contains(QLatin1String("trunk_sid=tr1")));
    QVERIFY(out.contains(QLatin1String("api.in.exotel.com/v2/accounts/x/trunks")));
}

void TestRedaction::authorizationHeaderIsMasked() {
    QCOMPARE(redaction::header("Authorization", "Basic a2V5OnRva2Vu"), QByteArray("***"));
    QCOMPARE(redaction::header("proxy-authorization", "Basic x"), QByteArray("***"));
    QCOMPARE(redaction::header("Cookie", "session=1"), QByteArray("***"));
    QCOMPARE(redaction::header("Accept", "application/json"), QByteArray("application/json"));
}

void TestRedaction::knownSecretsAreReplacedInText() {
    const QString out = redaction::text(QStringLiteral("token=abc123 and again abc123"),
                                        {QStringLiteral("abc123"), QString()});
    QCOMPARE(out, QStringLiteral("token=*** and again ***"));
}

void TestRedaction::sensitiveNames_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("sensitive");
    QTest::newRow("password") << QStringLiteral("password") << true;
    QTest::newRow("Password upper") << QStringLiteral("PASSWORD") << true;
    QTest::newRow("api_token") << QStringLiteral("api_token") << true;
    QTest::newRow("Authorization") << QStringLiteral("Authorization") << true;
    QTest::newRow("client_secret") << QStringLiteral("client_secret") << true;
    QTest::newRow("user_name") << QStringLiteral("user_name") << false;
    QTest::newRow("trunk_sid") << QStringLiteral("trunk_sid") << false;
    QTest::newRow("request_id") << QStringLiteral("request_id") << false;
}

void TestRedaction::sensitiveNames() {
    QFETCH(QString, name);
    QFETCH(bool, sensitive);
    QCOMPARE(redaction::isSensitiveName(name), sensitive);
}

void TestRedaction::passwordInHtmlOrPlainTextIsMasked_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("html, double quotes") << QByteArray(
        "<html><body><pre>user: alice\npassword: \"hunter2Hunter2\"</pre></body></html>");
    QTest::newRow("plain, single quotes")
        << QByteArray("Error: password: 'hunter2Hunter2' rejected");
    QTest::newRow("plain, unquoted")
        << QByteArray("bad request; Password=hunter2Hunter2 user=alice");
    QTest::newRow("plain, label with suffix")
        << QByteArray("debug echo\npassword_confirm : hunter2Hunter2\n");
}

void TestRedaction::passwordInHtmlOrPlainTextIsMasked() {
    QFETCH(QByteArray, body);
    const QByteArray out = redaction::body(body);
    QVERIFY2(!out.contains("hunter2Hunter2"), out.constData());
    QVERIFY2(out.contains("***"), out.constData());
    // Only the secret goes: the rest of the page is still there to read.
    QVERIFY2(!body.contains("alice") || out.contains("alice"), out.constData());
}

void TestRedaction::requestIdIsPrintableAndBounded() {
    QCOMPARE(redaction::requestId(QStringLiteral("3f1c9a7e0b2d4c6e8f0a1b2c3d4e5f60")),
             QStringLiteral("3f1c9a7e0b2d4c6e8f0a1b2c3d4e5f60"));
    const QString forged =
        redaction::requestId(QStringLiteral("abc\n2026-01-01 exotrunk.api: fake\x1b[31m"));
    QVERIFY2(!forged.contains(QLatin1Char('\n')), qPrintable(forged));
    QVERIFY(!forged.contains(QChar(0x1b)));
    QVERIFY(!forged.contains(QLatin1Char(' ')));
    QVERIFY(forged.startsWith(QStringLiteral("abc?2026")));
    const QString longId = redaction::requestId(QString(5000, QLatin1Char('a')));
    QVERIFY(longId.size() <= 65);
}

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
