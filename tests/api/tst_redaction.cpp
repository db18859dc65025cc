#include "api/exotelclient.h"
#include "api/redaction.h"
#include "api/requesthistory.h"
#include "clienttestkit.h"
#include "sandboxfixture.h"

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
    void requestHistoryIsBoundedAndMasked();
    void requestHistoryOverHttpKeepsNoSecret();
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

void TestRedaction::requestHistoryIsBoundedAndMasked() {
    RequestHistory history(3);
    for (int i = 0; i < 5; ++i) {
        RequestRecord r;
        r.method = QStringLiteral("GET");
        r.path =
            QStringLiteral("https://key:tok@api.example/v2/accounts/a1/trunks/trmum%1/credentials"
                           "?api_token=tok-xyz&page_size=50")
                .arg(i);
        r.requestId = QStringLiteral("id\n%1").arg(i);
        history.add(r);
    }
    QCOMPARE(history.size(), 3);
    const QList<RequestRecord> kept = history.all();
    QCOMPARE(kept.first().path.section(QLatin1Char('/'), 5, 5), QStringLiteral("trmum2"));
    for (const RequestRecord &r : kept) {
        QVERIFY2(!r.path.contains(QLatin1String("tok-xyz")), qPrintable(r.path));
        QVERIFY(!r.path.contains(QLatin1String("api.example")) &&
                !r.path.contains(QLatin1String("key:")));
        QVERIFY(r.path.contains(QLatin1String("page_size=50")));
        QVERIFY(!r.requestId.contains(QLatin1Char('\n')));
    }
    QCOMPARE(history.about(QStringLiteral("trmum4")).size(), 1);
    QCOMPARE(history.about(QStringLiteral("trmum")).size(), 0); // whole segments only
    QCOMPARE(RequestHistory().capacity(), RequestHistory::DefaultCapacity);
}

// The client's own history after real requests: method, path with the trunk's SID, status,
// Exotel's request_id, a time with its offset and a duration; never the token or a password.
void TestRedaction::requestHistoryOverHttpKeepsNoSecret() {
    auto server = testing::startSandbox();
    QVERIFY(server);
    const QString password = QStringLiteral("Sup3rSecretPassw0rdX");
    ExotelClient client(testing::clientConfigFor(*server));
    const QString token = client.config().apiToken;
    QVERIFY(!token.isEmpty());
    const TrunkSid sid(QStringLiteral("trmum1c99b47f41d1f4a4d5c19au"));
    testing::Capture<Credential> created;
    client.createCredential(sid, NewCredential{QStringLiteral("history_probe"), password, {}}, this,
                            created.callback());
    QVERIFY(created.wait());
    QVERIFY2(created.isOk(), qPrintable(created.describe()));
    testing::Capture<QList<Trunk>> trunks;
    client.listTrunks(this, trunks.callback());
    QVERIFY(trunks.wait());
    testing::Capture<QList<PhoneNumber>> missing;
    client.listPhoneNumbers(TrunkSid(QStringLiteral("trmum1nosuchtrunk")), this,
                            missing.callback());
    QVERIFY(missing.wait());

    const QList<RequestRecord> all = client.requestHistory().all();
    QVERIFY(all.size() >= 3);
    const QList<RequestRecord> mine = client.requestHistory().about(sid.value());
    QCOMPARE(mine.size(), 1);
    const RequestRecord &post = mine.first();
    QCOMPARE(post.method, QStringLiteral("POST"));
    QCOMPARE(post.path, QStringLiteral("/v2/accounts/%1/trunks/%2/credentials")
                            .arg(client.config().accountSid, sid.value()));
    QVERIFY(post.httpStatus >= 200 && post.httpStatus < 300);
    QVERIFY(!post.requestId.isEmpty());
    QVERIFY(post.at.isValid());
    QCOMPARE(post.at.offsetFromUtc(), QDateTime::currentDateTime().offsetFromUtc());
    QVERIFY(post.durationMs >= 0);
    QVERIFY(all.last().httpStatus >= 400); // an answer that is not a success is kept too

    const QByteArray basic =
        (client.config().apiKey + QLatin1Char(':') + token).toUtf8().toBase64();
    for (const RequestRecord &r : all) {
        const QString fields = r.method + r.path + r.requestId;
        QVERIFY2(!fields.contains(token) && !fields.contains(password) &&
                     !fields.contains(QString::fromLatin1(basic)),
                 qPrintable(fields));
    }
}

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
