// What the live API does that the reference does not say (issue 14), each against the sandbox:
// trunks with an empty name, list items the console cannot read, UDP destinations, and 1003 on a
// sub-resource.
#include "api/exotelclient.h"
#include "clienttestkit.h"
#include "sandboxfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QtTest>

using namespace exotrunk;
using namespace exotrunk::testing;

namespace {

// Stores a destination exactly as written, the way another client of the account might: the
// console's own encoder cannot produce every form the server may hold.
int postDestinationAsIs(const ClientConfig &config, const QString &trunkSid, const QString &text) {
    QNetworkAccessManager nam;
    QUrl url = config.baseUrl;
    url.setPath(QStringLiteral("/v2/accounts/%1/trunks/%2/destination-uris")
                    .arg(config.accountSid, trunkSid));
    QNetworkRequest request(url);
    request.setRawHeader(
        "Authorization",
        "Basic " + (config.apiKey + QLatin1Char(':') + config.apiToken).toUtf8().toBase64());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QJsonObject entry{{QStringLiteral("destination"), text}};
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("destinations"), QJsonArray{entry}}})
            .toJson(QJsonDocument::Compact);
    QNetworkReply *reply = nam.post(request, body);
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 8000))
        return 0;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    delete reply;
    return status;
}

} // namespace

class TestLiveMisfires : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void emptyTrunkNameIsListedNotFatal();
    void unreadableTrunkIsSkippedAndCounted();
    void unreadablePhoneNumberIsSkippedAndCounted();
    void lookUpTrunkNarrowsTheList();
    void udpDestinationIsSentBare();
    void everyTransportFormReadsBack_data();
    void everyTransportFormReadsBack();
    void foreignTrunkSubResourceSaysWhatMayBeWrong();

private:
    std::unique_ptr<sandbox::SandboxServer> server;
    std::unique_ptr<ExotelClient> client;
};

void TestLiveMisfires::init() {
    sandbox::SandboxOptions options;
    options.requestsPerMinute = 0;
    server = startSandbox(options);
    QVERIFY(server);
    client = std::make_unique<ExotelClient>(clientConfigFor(*server));
}

void TestLiveMisfires::cleanup() {
    client.reset();
    server.reset();
}

void TestLiveMisfires::emptyTrunkNameIsListedNotFatal() {
    const QString sid = server->addTrunkNamed(QString());
    Capture<QList<Trunk>> trunks;
    client->listTrunks(this, trunks.callback());
    QVERIFY(trunks.wait());
    QVERIFY2(trunks.isOk(), qPrintable(trunks.describe()));
    QCOMPARE(trunks.value().size(), server->trunkCount());
    QCOMPARE(trunks.result().skippedCount(), 0);
    const auto it = std::find_if(trunks.value().cbegin(), trunks.value().cend(),
                                 [&sid](const Trunk &t) { return t.sid.value() == sid; });
    QVERIFY(it != trunks.value().cend());
    QCOMPARE(it->name, QString());
    QCOMPARE(it->displayName(), QStringLiteral("(no name)"));
}

void TestLiveMisfires::unreadableTrunkIsSkippedAndCounted() {
    const int readable = server->trunkCount();
    server->addUnreadableTrunk();
    Capture<QList<Trunk>> trunks;
    client->listTrunks(this, trunks.callback());
    QVERIFY(trunks.wait());
    QVERIFY2(trunks.isOk(), qPrintable(trunks.describe()));
    QCOMPARE(trunks.value().size(), readable);
    QCOMPARE(trunks.result().skippedCount(), 1);
    QVERIFY2(trunks.result().skippedItems().first().contains(QStringLiteral("date_created")),
             qPrintable(trunks.result().skippedItems().first()));
}

void TestLiveMisfires::unreadablePhoneNumberIsSkippedAndCounted() {
    const QString sid = server->trunkSid(QStringLiteral("test_123"));
    server->addUnreadablePhoneNumber(sid);
    Capture<QList<PhoneNumber>> numbers;
    client->listPhoneNumbers(TrunkSid(sid), this, numbers.callback());
    QVERIFY(numbers.wait());
    QVERIFY2(numbers.isOk(), qPrintable(numbers.describe()));
    QCOMPARE(numbers.value().size(), 2); // the two seeded numbers of test_123
    QCOMPARE(numbers.result().skippedCount(), 1);
    QVERIFY(numbers.result().skippedItems().first().contains(QStringLiteral("phone_number")));
}

void TestLiveMisfires::lookUpTrunkNarrowsTheList() {
    const TrunkSid sid(server->trunkSid(QStringLiteral("test_alias1")));
    Capture<QList<Trunk>> one;
    client->lookUpTrunk(sid, this, one.callback());
    QVERIFY(one.wait());
    QVERIFY2(one.isOk(), qPrintable(one.describe()));
    QCOMPARE(one.value().size(), 1);
    QCOMPARE(one.value().first().sid, sid);
    QCOMPARE(countRequests(*server, QStringLiteral("GET"), QStringLiteral("trunk_sid=")), 1);

    Capture<QList<Trunk>> none;
    client->lookUpTrunk(TrunkSid(QStringLiteral("trmum1000000000000000000000gone")), this,
                        none.callback());
    QVERIFY(none.wait());
    QVERIFY2(none.isOk(), qPrintable(none.describe()));
    QVERIFY(none.value().isEmpty());
}

void TestLiveMisfires::udpDestinationIsSentBare() {
    const TrunkSid sid(server->trunkSid(QStringLiteral("test_123")));
    NewDestination udp;
    udp.host = QStringLiteral("sip.udp-peer.example.com");
    udp.port = 5060;
    udp.transport = Transport::Udp;
    Capture<QList<ItemOutcome<DestinationUri>>> added;
    client->addDestinationUris(sid, {udp}, this, added.callback());
    QVERIFY(added.wait());
    QVERIFY2(added.isOk(), qPrintable(added.describe()));
    QCOMPARE(added.value().size(), 1);
    QCOMPARE(added.value().first().input, QStringLiteral("sip.udp-peer.example.com:5060"));
    QVERIFY2(added.value().first().isOk(), qPrintable(added.value().first().error.message));
    // The sandbox stores what was sent, behind "sip:" as the live API does.
    const DestinationUri &stored = *added.value().first().value;
    QCOMPARE(stored.destination, QStringLiteral("sip:sip.udp-peer.example.com:5060"));
    QCOMPARE(stored.transport(), Transport::Udp);
}

void TestLiveMisfires::everyTransportFormReadsBack_data() {
    QTest::addColumn<QString>("sent");
    QTest::addColumn<Transport>("transport");
    QTest::newRow("bare is udp") << QStringLiteral("sip.peer-a.example.com:5060") << Transport::Udp;
    QTest::newRow("tcp") << QStringLiteral("sip.peer-b.example.com:5060;transport=tcp")
                         << Transport::Tcp;
    QTest::newRow("tls") << QStringLiteral("sip.peer-c.example.com:5061;transport=tls")
                         << Transport::Tls;
    // Never sent by the console, but another client may have stored it.
    QTest::newRow("explicit udp tolerated")
        << QStringLiteral("sip.peer-d.example.com:5060;transport=udp") << Transport::Udp;
}

void TestLiveMisfires::everyTransportFormReadsBack() {
    QFETCH(QString, sent);
    QFETCH(Transport, transport);
    const TrunkSid sid(server->trunkSid(QStringLiteral("test_ui_3")));
    QCOMPARE(postDestinationAsIs(clientConfigFor(*server), sid.value(), sent), 200);
    Capture<QList<DestinationUri>> listed;
    client->listDestinationUris(sid, this, listed.callback());
    QVERIFY(listed.wait());
    QVERIFY2(listed.isOk(), qPrintable(listed.describe()));
    QCOMPARE(listed.value().size(), 1);
    QCOMPARE(listed.value().first().destination, QStringLiteral("sip:") + sent);
    QCOMPARE(listed.value().first().transport(), transport);
    QCOMPARE(listed.value().first().port(), sent.contains(QLatin1String("5061")) ? 5061 : 5060);
}

void TestLiveMisfires::foreignTrunkSubResourceSaysWhatMayBeWrong() {
    Capture<QList<WhitelistedIp>> ips;
    client->listWhitelistedIps(TrunkSid(server->foreignTrunkSid()), this, ips.callback());
    QVERIFY(ips.wait());
    QVERIFY(!ips.isOk());
    QCOMPARE(ips.error().exotelCode, 1003);
    const QString text = ips.error().userMessage();
    // The server does not say which of the three it is, so neither does the console.
    QVERIFY2(text.contains(QStringLiteral("invalid")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("does not exist")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("another account")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("active account profile")), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestLiveMisfires)
#include "tst_livemisfires.moc"
