// The client end to end against the sandbox. Over ~600 lines: it predates the catalogue split;
// the per-endpoint cases now also live in tst_endpointcontract and can move there.
#include "api/exotelclient.h"
#include "clienttestkit.h"
#include "sandboxfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

using namespace exotrunk;
using namespace exotrunk::testing;
using sandbox::Fault;
using sandbox::SandboxOptions;
using sandbox::SandboxServer;

namespace {

const QString Key = QStringLiteral("exotrunk_key");
const QString Token = QStringLiteral("Tok3n-9f8e7d6c5b4a-do-not-log");
const QString Password = QStringLiteral("Sup3rSecretPassw0rdX");
const QString ForeignTrunk = QStringLiteral("trmum17d8e9a37a3732ecbf91a3u");

QMutex logMutex;
QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;

void captureMessages(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    {
        QMutexLocker lock(&logMutex);
        capturedLog.append(QString::fromLatin1(context.category ? context.category : "") +
                           QLatin1String(": ") + message);
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

SandboxOptions options(int extraTrunks = 0) {
    SandboxOptions o;
    o.apiKey = Key;
    o.apiToken = Token;
    o.extraTrunks = extraTrunks;
    return o;
}

// A bare HTTP/1.1 server on loopback that answers each request with the next scripted reply,
// for answers the sandbox does not produce (HTTP-date Retry-After, redirects).
class ScriptedServer : public QObject {
public:
    explicit ScriptedServer(QList<QByteArray> replies)
        : m_replies(std::move(replies)) {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                    m_buffer[socket] += socket->readAll();
                    if (!m_buffer[socket].contains("\r\n\r\n"))
                        return;
                    m_requests.append(m_buffer.take(socket));
                    const QByteArray reply = m_replies.isEmpty() ? QByteArray("HTTP/1.1 500 X\r\n"
                                                                              "Content-Length: 0"
                                                                              "\r\n\r\n")
                                                                 : m_replies.takeFirst();
                    socket->write(reply);
                    socket->disconnectFromHost();
                });
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }
    QUrl url() const {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
    }
    const QList<QByteArray> &requests() const { return m_requests; }

private:
    QTcpServer m_server;
    QList<QByteArray> m_replies;
    QList<QByteArray> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffer;
};

QByteArray httpReply(const QByteArray &statusLine, const QByteArray &headers,
                     const QByteArray &body) {
    return "HTTP/1.1 " + statusLine +
           "\r\nConnection: close\r\nContent-Type: application/json\r\n" + headers +
           "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

const QByteArray TrunkBody =
    R"({"request_id":"r1","method":"GET","http_code":200,"response":{"code":200,"error_data":null,)"
    R"("status":"success","data":{"trunk_sid":"trmum1abc","trunk_name":"scripted","status":"active",)"
    R"("domain_name":"ameyo5m.pstn.exotel.com","auth_type":"IP-WHITELIST","registration_enabled":"disabled",)"
    R"("edge_preference":"auto","nso_code":"ANY-ANY","secure_trunking":"disabled",)"
    R"("date_created":"2026-01-23T09:24:59Z","date_updated":"2026-01-23T09:24:59Z",)"
    R"("destination_uris":"/v2/accounts/ameyo5m/trunks/trmum1abc/destination-uris",)"
    R"("whitelisted_ips":"/v2/accounts/ameyo5m/trunks/trmum1abc/whitelisted-ips",)"
    R"("credentials":"/v2/accounts/ameyo5m/trunks/trmum1abc/credentials",)"
    R"("phone_numbers":"/v2/accounts/ameyo5m/trunks/trmum1abc/phone-numbers"}}})";

ClientConfig scriptedConfig(const QUrl &url) {
    ClientConfig config;
    config.baseUrl = url;
    config.accountSid = QStringLiteral("ameyo5m");
    config.apiKey = Key;
    config.apiToken = Token;
    config.transferTimeout = std::chrono::milliseconds(5000);
    return config;
}

} // namespace

class TestExotelClient : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void listsTrunksAcrossPagesWithProgress();
    void emptyListWithoutMetadataIsSuccess();
    void getsOneTrunk();
    void createsAndDeletesATrunk();
    void phoneNumbersMapListAndUpdateMode();
    void whitelistsAndListsIps();
    void destinationUrisReportPerItemResults();
    void credentialsCreateListDeleteWithoutPassword();
    void setsCallerIdAlias();

    void notFoundIs1000();
    void invalidParameterIs1002();
    void foreignTrunkIs1003();
    void innerDuplicateIs1008();
    void wrongTokenIs1010();
    void wrongAccountIsPermissionDenied();

    void validationFailuresSendNothing_data();
    void validationFailuresSendNothing();
    void plainHttpIsRefusedForRemoteHosts();

    void retriesGetAfter429WithRetryAfter();
    void surfaces429ForPostAfterRetryLimit();
    void a429PausesTheWholeQueue();
    void honoursRetryAfterAsHttpDate();
    void doesNotFollowRedirectToAnotherOrigin();
    void badListItemIsNamedNotFatal();
    void nextPageOnAnotherHostIsNotFollowed();
    void timesOutBeyondTransferTimeout();
    void retriesGetOnceAfterDroppedConnection();
    void droppedPostIsNotResent();

    void cancelRunsCallbackOnceWithCancelled();
    void cancelQueuedCallSendsNothing();
    void destroyedContextSilencesCallback();
    void cancelAllCancelsEverything();
    void callObjectDeletesItself();
    void rateLimitQueuesBeyondTheWindow();
    void concurrencyIsCapped();

    void logsRequestsWithoutSecrets(); // last: inspects the log of the whole run

private:
    void restart(SandboxOptions o, const std::function<void(ClientConfig &)> &tweak = {});
    TrunkSid sidOf(const QString &name);

    std::unique_ptr<SandboxServer> server;
    std::unique_ptr<ExotelClient> client;
};

void TestExotelClient::initTestCase() {
    QLoggingCategory::setFilterRules(QStringLiteral("exotrunk.*.debug=true"));
    previousHandler = qInstallMessageHandler(captureMessages);
}

void TestExotelClient::restart(SandboxOptions o, const std::function<void(ClientConfig &)> &tweak) {
    client.reset();
    server = startSandbox(std::move(o));
    QVERIFY(server);
    ClientConfig config = clientConfigFor(*server);
    if (tweak)
        tweak(config);
    client = std::make_unique<ExotelClient>(config);
}

void TestExotelClient::init() {
    restart(options());
}

void TestExotelClient::cleanup() {
    client.reset();
    server.reset();
}

TrunkSid TestExotelClient::sidOf(const QString &name) {
    Capture<QList<Trunk>> trunks;
    client->listTrunks(this, trunks.callback());
    if (!trunks.wait() || !trunks.isOk())
        return {};
    for (const Trunk &t : trunks.value()) {
        if (t.name == name)
            return t.sid;
    }
    return {};
}

// --- endpoints -----------------------------------------------------------------------------

void TestExotelClient::listsTrunksAcrossPagesWithProgress() {
    restart(options(120));
    const int expected = server->trunkCount();
    QVERIFY(expected > 100);
    server->clearRequestLog();

    QList<int> pageSizes;
    QList<int> loadedCounts;
    std::optional<int> reportedTotal;
    Capture<QList<Trunk>> trunks;
    ApiCall *call =
        client->listTrunks(this, trunks.callback(),
                           [&](const QList<Trunk> &page, int loaded, std::optional<int> total) {
                               pageSizes.append(int(page.size()));
                               loadedCounts.append(loaded);
                               reportedTotal = total;
                           });
    QSignalSpy progress(call, &ApiCall::progress);
    QCOMPARE(trunks.count(), 0); // never synchronous
    QVERIFY(trunks.wait());
    QVERIFY2(trunks.isOk(), qPrintable(trunks.describe()));
    QCOMPARE(int(trunks.value().size()), expected);
    QCOMPARE(pageSizes.size(), 3);
    QCOMPARE(pageSizes.first(), 50);
    QCOMPARE(loadedCounts.last(), expected);
    QCOMPARE(progress.count(), 3);
    QCOMPARE(progress.last().at(0).toInt(), expected);
    QVERIFY(reportedTotal); // the sandbox, as Exotel, sends metadata.total
    QCOMPARE(*reportedTotal, expected);
    QCOMPARE(countRequests(*server, QStringLiteral("GET"), QStringLiteral("/trunks")), 3);
    QCOMPARE(countRequests(*server, QStringLiteral("GET"), QStringLiteral("offset=100")), 1);
    QSet<QString> sids;
    for (const Trunk &t : trunks.value())
        sids.insert(t.sid.value());
    QCOMPARE(int(sids.size()), expected); // no page read twice
    QCOMPARE(trunks.count(), 1);
}

void TestExotelClient::emptyListWithoutMetadataIsSuccess() {
    Capture<Trunk> created;
    client->createTrunk(NewTrunk{QStringLiteral("empty_one"), QStringLiteral("ANY-ANY"), {}}, this,
                        created.callback());
    QVERIFY(created.wait());
    QVERIFY2(created.isOk(), qPrintable(created.describe()));
    Capture<QList<PhoneNumber>> numbers;
    client->listPhoneNumbers(created.value().sid, this, numbers.callback());
    QVERIFY(numbers.wait());
    QVERIFY2(numbers.isOk(), qPrintable(numbers.describe()));
    QVERIFY(numbers.value().isEmpty());
}

void TestExotelClient::getsOneTrunk() {
    const TrunkSid sid = sidOf(QStringLiteral("test_123"));
    QVERIFY(!sid.isEmpty());
    Capture<Trunk> trunk;
    client->getTrunk(sid, this, trunk.callback());
    QVERIFY(trunk.wait());
    QVERIFY2(trunk.isOk(), qPrintable(trunk.describe()));
    QCOMPARE(trunk.value().sid, sid);
    QCOMPARE(trunk.value().name, QStringLiteral("test_123"));
    QCOMPARE(trunk.value().domainName, QStringLiteral("ameyo5m.pstn.exotel.com"));
    QVERIFY(!trunk.result().requestId().isEmpty());
}

void TestExotelClient::createsAndDeletesATrunk() {
    const int before = server->trunkCount();
    Capture<Trunk> created;
    client->createTrunk(NewTrunk{QStringLiteral("new_trunk_1"), QStringLiteral("ANY-ANY"), {}},
                        this, created.callback());
    QVERIFY(created.wait());
    QVERIFY2(created.isOk(), qPrintable(created.describe()));
    QCOMPARE(created.value().name, QStringLiteral("new_trunk_1"));
    QCOMPARE(created.value().domainName, QStringLiteral("ameyo5m.pstn.exotel.com"));
    QCOMPARE(server->trunkCount(), before + 1);

    Capture<Trunk> duplicate;
    client->createTrunk(NewTrunk{QStringLiteral("new_trunk_1"), QStringLiteral("ANY-ANY"), {}},
                        this, duplicate.callback());
    QVERIFY(duplicate.wait());
    QVERIFY(!duplicate.isOk());
    QCOMPARE(duplicate.error().kind, ApiError::Kind::Duplicate);
    QCOMPARE(duplicate.error().exotelCode, 1008);

    Capture<Trunk> deleted;
    client->deleteTrunk(created.value().sid, this, deleted.callback());
    QVERIFY(deleted.wait());
    QVERIFY2(deleted.isOk(), qPrintable(deleted.describe()));
    QCOMPARE(deleted.value().sid, created.value().sid);
    QCOMPARE(server->trunkCount(), before);
    QCOMPARE(countRequests(*server, QStringLiteral("DELETE"),
                           QStringLiteral("trunk_sid=") + created.value().sid.value()),
             1);

    Capture<Trunk> gone;
    client->getTrunk(created.value().sid, this, gone.callback());
    QVERIFY(gone.wait());
    QCOMPARE(gone.error().kind, ApiError::Kind::NotFound);
}

void TestExotelClient::phoneNumbersMapListAndUpdateMode() {
    const TrunkSid sid = sidOf(QStringLiteral("test_123"));
    QVERIFY(!sid.isEmpty());
    Capture<PhoneNumber> mapped;
    client->mapPhoneNumber(sid, NewPhoneNumber{QStringLiteral("+918047369999"), NumberMode::Pstn},
                           this, mapped.callback());
    QVERIFY(mapped.wait());
    QVERIFY2(mapped.isOk(), qPrintable(mapped.describe()));
    QCOMPARE(mapped.value().number, QStringLiteral("+918047369999"));
    QCOMPARE(mapped.value().mode, NumberMode::Pstn);
    QVERIFY(!mapped.value().id.isEmpty());

    Capture<QList<PhoneNumber>> listed;
    client->listPhoneNumbers(sid, this, listed.callback());
    QVERIFY(listed.wait());
    QVERIFY2(listed.isOk(), qPrintable(listed.describe()));
    const auto found =
        std::find_if(listed.value().begin(), listed.value().end(),
                     [&](const PhoneNumber &n) { return n.id == mapped.value().id; });
    QVERIFY(found != listed.value().end());
    QCOMPARE(found->number, QStringLiteral("+918047369999"));

    Capture<PhoneNumber> updated;
    client->updatePhoneNumberMode(sid, mapped.value().id, QStringLiteral("+918047369999"),
                                  NumberMode::Flow, this, updated.callback());
    QVERIFY(updated.wait());
    QVERIFY2(updated.isOk(), qPrintable(updated.describe()));
    QCOMPARE(updated.value().mode, NumberMode::Flow);
    QCOMPARE(countRequests(*server, QStringLiteral("PUT"),
                           QStringLiteral("/phone-numbers/") + mapped.value().id.value()),
             1);
}

void TestExotelClient::whitelistsAndListsIps() {
    const TrunkSid sid = sidOf(QStringLiteral("test_123"));
    Capture<WhitelistedIp> added;
    client->whitelistIp(sid, NewWhitelistedIp{QStringLiteral("52.66.99.7"), 32}, this,
                        added.callback());
    QVERIFY(added.wait());
    QVERIFY2(added.isOk(), qPrintable(added.describe()));
    QCOMPARE(added.value().ip, QStringLiteral("52.66.99.7"));
    QCOMPARE(added.value().mask, 32);

    Capture<QList<WhitelistedIp>> listed;
    client->listWhitelistedIps(sid, this, listed.callback());
    QVERIFY(listed.wait());
    QVERIFY2(listed.isOk(), qPrintable(listed.describe()));
    QStringList cidrs;
    for (const WhitelistedIp &ip : listed.value())
        cidrs.append(ip.cidr());
    QVERIFY2(cidrs.contains(QStringLiteral("52.66.99.7/32")), qPrintable(cidrs.join(u',')));
    QVERIFY(cidrs.contains(QStringLiteral("52.66.10.21/32"))); // seeded
}

void TestExotelClient::destinationUrisReportPerItemResults() {
    const TrunkSid sid = sidOf(QStringLiteral("test_123"));
    const QList<NewDestination> destinations{
        {QStringLiteral("sbc.example.com"), 5061, Transport::Tls},
        {QStringLiteral("44.248.146.11"), 5061, Transport::Tls}, // not whitelisted
        {QStringLiteral("13.232.45.8"), 5060, Transport::Tcp},   // whitelisted in the seed
    };
    Capture<QList<ItemOutcome<DestinationUri>>> added;
    client->addDestinationUris(sid, destinations, this, added.callback());
    QVERIFY(added.wait());
    QVERIFY2(added.isOk(), qPrintable(added.describe()));
    const auto &outcomes = added.value();
    QCOMPARE(outcomes.size(), 3);
    QCOMPARE(outcomes[0].input, destinations[0].toUriString());
    QCOMPARE(outcomes[1].input, destinations[1].toUriString());
    QVERIFY(outcomes[0].isOk());
    QCOMPARE(outcomes[0].value->destination,
             QStringLiteral("sip:sbc.example.com:5061;transport=tls"));
    QVERIFY(!outcomes[1].isOk());
    QCOMPARE(outcomes[1].error.kind, ApiError::Kind::Validation);
    QCOMPARE(outcomes[1].error.exotelCode, 1002);
    QVERIFY2(outcomes[1].error.description.contains(QLatin1String("whitelisted")),
             qPrintable(outcomes[1].error.description));
    QVERIFY2(outcomes[2].isOk(), qPrintable(outcomes[2].error.technicalDetails()));
    QCOMPARE(countRequests(*server, QStringLiteral("POST"), QStringLiteral("/destination-uris")),
             1);

    Capture<QList<DestinationUri>> listed;
    client->listDestinationUris(sid, this, listed.callback());
    QVERIFY(listed.wait());
    QVERIFY2(listed.isOk(), qPrintable(listed.describe()));
    QStringList uris;
    for (const DestinationUri &d : listed.value())
        uris.append(d.destination);
    QVERIFY(uris.contains(QStringLiteral("sip:sbc.example.com:5061;transport=tls")));
    QVERIFY(!uris.contains(QStringLiteral("sip:44.248.146.11:5061;transport=tls")));
}

void TestExotelClient::credentialsCreateListDeleteWithoutPassword() {
    const TrunkSid sid = sidOf(QStringLiteral("test_123"));
    Capture<Credential> created;
    client->createCredential(
        sid, NewCredential{QStringLiteral("desk_phone"), Password, QStringLiteral("front desk")},
        this, created.callback());
    QVERIFY(created.wait());
    QVERIFY2(created.isOk(), qPrintable(created.describe()));
    QCOMPARE(created.value().userName, QStringLiteral("desk_phone"));

    Capture<QList<Credential>> listed;
    client->listCredentials(sid, this, listed.callback());
    QVERIFY(listed.wait());
    QVERIFY2(listed.isOk(), qPrintable(listed.describe()));
    QStringList users;
    for (const Credential &c : listed.value())
        users.append(c.userName);
    QVERIFY(users.contains(QStringLiteral("desk_phone")));

    // The listed data as it travels: no password field, no password value.
    QNetworkAccessManager nam;
    QUrl url = server->baseUrl();
    url.setPath(QStringLiteral("/v2/accounts/ameyo5m/trunks/%1/credentials").arg(sid.value()));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization",
                         "Basic " + (Key + QLatin1Char(':') + Token).toUtf8().toBase64());
    QNetworkReply *reply = nam.get(request);
    QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, 5000));
    const QByteArray raw = reply->readAll();
    reply->deleteLater();
    QVERIFY(raw.contains("desk_phone"));
    QVERIFY(!raw.contains(Password.toUtf8()));
    QVERIFY(!raw.contains("\"password\""));

    Capture<Credential> deleted;
    client->deleteCredential(sid, created.value().id, this, deleted.callback());
    QVERIFY(deleted.wait());
    QVERIFY2(deleted.isOk(), qPrintable(deleted.describe()));
    QCOMPARE(countRequests(*server, QStringLiteral("DELETE"),
                           QStringLiteral("id=") + created.value().id.value()),
             1);

    Capture<QList<Credential>> after;
    client->listCredentials(sid, this, after.callback());
    QVERIFY(after.wait());
    QVERIFY(after.isOk());
    for (const Credential &c : after.value())
        QVERIFY(c.id != created.value().id);
}

void TestExotelClient::setsCallerIdAlias() {
    const TrunkSid sid = sidOf(QStringLiteral("test_123"));
    Capture<TrunkSetting> setting;
    client->setCallerIdAlias(sid, QStringLiteral("+919876543210"), this, setting.callback());
    QVERIFY(setting.wait());
    QVERIFY2(setting.isOk(), qPrintable(setting.describe()));
    QCOMPARE(setting.value().name, QStringLiteral("trunk_external_alias"));
    QCOMPARE(setting.value().value, QStringLiteral("+919876543210"));
    QCOMPARE(setting.value().trunkSid, sid);
}

// --- error codes -----------------------------------------------------------------------------

void TestExotelClient::notFoundIs1000() {
    Capture<Trunk> trunk;
    client->getTrunk(TrunkSid(QStringLiteral("trmum1doesnotexist000000000")), this,
                     trunk.callback());
    QVERIFY(trunk.wait());
    QVERIFY(!trunk.isOk());
    QCOMPARE(trunk.error().kind, ApiError::Kind::NotFound);
    QCOMPARE(trunk.error().exotelCode, 1000);
    QCOMPARE(trunk.error().httpStatus, 404);
    QVERIFY(!trunk.error().requestId.isEmpty());
    QVERIFY(!trunk.error().userMessage().isEmpty());
}

void TestExotelClient::invalidParameterIs1002() {
    const TrunkSid sid = sidOf(QStringLiteral("test_123"));
    Capture<QList<PhoneNumber>> numbers;
    client->listPhoneNumbers(sid, this, numbers.callback());
    QVERIFY(numbers.wait());
    QVERIFY(numbers.isOk() && !numbers.value().isEmpty());
    const PhoneNumber existing = numbers.value().first();
    // A valid E.164 number that is not the one behind this id: only the server can tell.
    Capture<PhoneNumber> updated;
    client->updatePhoneNumberMode(sid, existing.id, QStringLiteral("+918000000001"),
                                  NumberMode::Flow, this, updated.callback());
    QVERIFY(updated.wait());
    QVERIFY(!updated.isOk());
    QCOMPARE(updated.error().kind, ApiError::Kind::Validation);
    QCOMPARE(updated.error().exotelCode, 1002);
    QCOMPARE(updated.error().httpStatus, 400);
}

void TestExotelClient::foreignTrunkIs1003() {
    Capture<QList<PhoneNumber>> numbers;
    client->listPhoneNumbers(TrunkSid(ForeignTrunk), this, numbers.callback());
    QVERIFY(numbers.wait());
    QVERIFY(!numbers.isOk());
    QCOMPARE(numbers.error().kind, ApiError::Kind::PermissionDenied);
    QCOMPARE(numbers.error().exotelCode, 1003);
    QCOMPARE(numbers.error().httpStatus, 403);
}

void TestExotelClient::innerDuplicateIs1008() {
    const TrunkSid sid = sidOf(QStringLiteral("test_123"));
    server->clearRequestLog();
    // Mapping an already mapped number: the live API answers HTTP 200 with an inner 409.
    Capture<PhoneNumber> mapped;
    client->mapPhoneNumber(sid, NewPhoneNumber{QStringLiteral("+918047361001"), NumberMode::Pstn},
                           this, mapped.callback());
    QVERIFY(mapped.wait());
    QVERIFY(!mapped.isOk());
    QCOMPARE(mapped.error().kind, ApiError::Kind::Duplicate);
    QCOMPARE(mapped.error().exotelCode, 1008);
    const QList<sandbox::LoggedRequest> log = server->requestLog();
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().status, 200); // the transport said OK; the item said duplicate
}

void TestExotelClient::wrongTokenIs1010() {
    restart(options(), [](ClientConfig &c) { c.apiToken = QStringLiteral("wrong-token"); });
    Capture<QList<Trunk>> trunks;
    client->listTrunks(this, trunks.callback());
    QVERIFY(trunks.wait());
    QVERIFY(!trunks.isOk());
    QCOMPARE(trunks.error().kind, ApiError::Kind::Authentication);
    QCOMPARE(trunks.error().exotelCode, 1010);
    QCOMPARE(trunks.error().httpStatus, 401);
    QCOMPARE(countRequests(*server, QString(), QStringLiteral("/trunks")), 1); // not retried
}

void TestExotelClient::wrongAccountIsPermissionDenied() {
    restart(options(), [](ClientConfig &c) { c.accountSid = QStringLiteral("someoneelse"); });
    Capture<QList<Trunk>> trunks;
    client->listTrunks(this, trunks.callback());
    QVERIFY(trunks.wait());
    QCOMPARE(trunks.error().kind, ApiError::Kind::PermissionDenied);
    QCOMPARE(trunks.error().exotelCode, 1003);
}

// --- validation --------------------------------------------------------------------------------

void TestExotelClient::validationFailuresSendNothing_data() {
    QTest::addColumn<int>("which");
    QTest::newRow("trunk name with a space") << 0;
    QTest::newRow("trunk name too long") << 1;
    QTest::newRow("number not E.164") << 2;
    QTest::newRow("IP with five octets") << 3;
    QTest::newRow("mask 8") << 4;
    QTest::newRow("destination port 0") << 5;
    QTest::newRow("no destinations") << 6;
    QTest::newRow("weak password") << 7;
    QTest::newRow("friendly name too long") << 8;
    QTest::newRow("alias not E.164") << 9;
    QTest::newRow("trunk sid with a slash") << 10;
    QTest::newRow("update with bad number") << 11;
}

void TestExotelClient::validationFailuresSendNothing() {
    QFETCH(int, which);
    const TrunkSid sid(QStringLiteral("trmum1c99b47f41d1f4a4d5c19au"));
    server->clearRequestLog();
    std::optional<ApiError> error;
    int calls = 0;
    auto record = [&](const auto &result) {
        ++calls;
        if (!result.isOk())
            error = result.error();
    };
    switch (which) {
    case 0:
        client->createTrunk(NewTrunk{QStringLiteral("bad name"), QStringLiteral("ANY-ANY"), {}},
                            this, record);
        break;
    case 1:
        client->createTrunk(
            NewTrunk{QStringLiteral("a_name_that_is_too_long"), QStringLiteral("ANY-ANY"), {}},
            this, record);
        break;
    case 2:
        client->mapPhoneNumber(sid, NewPhoneNumber{QStringLiteral("08047361001"), NumberMode::Pstn},
                               this, record);
        break;
    case 3:
        client->whitelistIp(sid, NewWhitelistedIp{QStringLiteral("1.2.3.4.5"), 32}, this, record);
        break;
    case 4:
        client->whitelistIp(sid, NewWhitelistedIp{QStringLiteral("52.66.1.1"), 8}, this, record);
        break;
    case 5:
        client->addDestinationUris(
            sid, {NewDestination{QStringLiteral("sbc.example.com"), 0, Transport::Tls}}, this,
            record);
        break;
    case 6:
        client->addDestinationUris(sid, {}, this, record);
        break;
    case 7:
        client->createCredential(
            sid, NewCredential{QStringLiteral("desk"), QStringLiteral("short"), {}}, this, record);
        break;
    case 8:
        client->createCredential(
            sid, NewCredential{QStringLiteral("desk"), Password, QString(40, QLatin1Char('x'))},
            this, record);
        break;
    case 9:
        client->setCallerIdAlias(sid, QStringLiteral("+91 98765"), this, record);
        break;
    case 10:
        client->getTrunk(TrunkSid(QStringLiteral("../trunks?x=1")), this, record);
        break;
    case 11:
        client->updatePhoneNumberMode(sid, PhoneNumberId(QStringLiteral("1")), QStringLiteral("12"),
                                      NumberMode::Flow, this, record);
        break;
    }
    QCOMPARE(calls, 0); // never inside the calling method
    QVERIFY(QTest::qWaitFor([&] { return calls > 0; }, 2000));
    QTest::qWait(50);
    QCOMPARE(calls, 1);
    QVERIFY(error);
    QCOMPARE(error->kind, ApiError::Kind::Validation);
    QVERIFY(!error->message.isEmpty());
    QCOMPARE(error->httpStatus, 0);
    QVERIFY2(server->requestLog().isEmpty(), "an invalid request reached the server");
    QCOMPARE(client->pendingCount(), 0);
}

void TestExotelClient::plainHttpIsRefusedForRemoteHosts() {
    QVERIFY(
        !ClientConfig::checkBaseUrl(QUrl(QStringLiteral("http://api.in.exotel.com"))).isEmpty());
    QVERIFY(!ClientConfig::checkBaseUrl(QUrl(QStringLiteral("http://10.0.0.5:8080"))).isEmpty());
    QVERIFY(
        !ClientConfig::checkBaseUrl(QUrl(QStringLiteral("https://k:t@api.exotel.com"))).isEmpty());
    QVERIFY(ClientConfig::checkBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:8080"))).isEmpty());
    QVERIFY(
        ClientConfig::checkBaseUrl(QUrl(QStringLiteral("https://api.in.exotel.com"))).isEmpty());

    ClientConfig config = clientConfigFor(*server);
    config.baseUrl = QUrl(QStringLiteral("http://api.in.exotel.com"));
    ExotelClient remote(config);
    Capture<QList<Trunk>> trunks;
    remote.listTrunks(this, trunks.callback());
    QCOMPARE(trunks.count(), 0);
    QVERIFY(trunks.wait());
    QCOMPARE(trunks.error().kind, ApiError::Kind::Validation);
    QVERIFY(trunks.error().message.contains(QLatin1String("https")));
    QCOMPARE(remote.pendingCount(), 0);
}

// --- transport behaviour -----------------------------------------------------------------------

void TestExotelClient::retriesGetAfter429WithRetryAfter() {
    Fault fault;
    fault.kind = Fault::Kind::TooManyRequests;
    fault.method = QStringLiteral("GET");
    fault.pathContains = QStringLiteral("/trunks");
    fault.retryAfterSeconds = 1;
    server->addFault(fault);
    QSignalSpy limited(client.get(), &ExotelClient::rateLimited);
    Capture<QList<Trunk>> trunks;
    client->listTrunks(this, trunks.callback());
    QVERIFY(trunks.wait());
    QVERIFY2(trunks.isOk(), qPrintable(trunks.describe()));
    QCOMPARE(limited.count(), 1);
    QCOMPARE(limited.first().first().toLongLong(), qint64(1000));
    const QList<sandbox::LoggedRequest> log = server->requestLog();
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.at(0).status, 429);
    QCOMPARE(log.at(1).status, 200);
    // Retry-After was honoured: the retry arrived no sooner than one second later.
    QVERIFY(log.at(1).receivedMs - log.at(0).receivedMs >= 950);
}

void TestExotelClient::surfaces429ForPostAfterRetryLimit() {
    RetryPolicy policy;
    policy.maxAttempts = 2;
    client->setRetryPolicy(policy);
    Fault fault;
    fault.kind = Fault::Kind::TooManyRequests;
    fault.method = QStringLiteral("POST");
    fault.times = -1;
    fault.retryAfterSeconds = 1;
    server->addFault(fault);
    const int before = server->trunkCount();
    Capture<Trunk> created;
    client->createTrunk(NewTrunk{QStringLiteral("limited_1"), QStringLiteral("ANY-ANY"), {}}, this,
                        created.callback());
    QVERIFY(created.wait());
    QVERIFY(!created.isOk());
    QCOMPARE(created.error().kind, ApiError::Kind::RateLimited);
    QCOMPARE(created.error().httpStatus, 429);
    QCOMPARE(countRequests(*server, QStringLiteral("POST"), QStringLiteral("/trunks")), 2);
    QCOMPARE(server->trunkCount(), before);
}

void TestExotelClient::a429PausesTheWholeQueue() {
    restart(options(), [](ClientConfig &c) { c.maxConcurrentRequests = 1; });
    Fault fault;
    fault.kind = Fault::Kind::TooManyRequests;
    fault.pathContains = QStringLiteral("/phone-numbers");
    fault.retryAfterSeconds = 1;
    server->addFault(fault);
    const TrunkSid sid(QStringLiteral("trmum1c99b47f41d1f4a4d5c19au"));
    Capture<QList<PhoneNumber>> limited;
    Capture<Trunk> behind;
    client->listPhoneNumbers(sid, this, limited.callback());
    client->getTrunk(sid, this, behind.callback());
    QVERIFY(limited.wait() && behind.wait());
    QVERIFY2(limited.isOk(), qPrintable(limited.describe()));
    QVERIFY2(behind.isOk(), qPrintable(behind.describe()));
    const QList<sandbox::LoggedRequest> log = server->requestLog();
    QCOMPARE(log.size(), 3);
    QCOMPARE(log.at(0).status, 429);
    // The retry goes first, and nothing else started during the pause.
    QVERIFY(log.at(1).path.contains(QLatin1String("/phone-numbers")));
    QVERIFY(log.at(2).path.endsWith(sid.value()));
    QVERIFY(log.at(1).receivedMs - log.at(0).receivedMs >= 950);
    QVERIFY(log.at(2).receivedMs - log.at(0).receivedMs >= 950);
}

void TestExotelClient::honoursRetryAfterAsHttpDate() {
    // HTTP-dates have one-second resolution: two seconds ahead means a wait of 1–2 s.
    const QByteArray when = QLocale::c()
                                .toString(QDateTime::currentDateTimeUtc().addSecs(2),
                                          QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                                .toLatin1();
    ScriptedServer scripted(
        {httpReply("429 Too Many Requests", "Retry-After: " + when + "\r\n", "{}"),
         httpReply("200 OK", {}, TrunkBody)});
    ExotelClient direct(scriptedConfig(scripted.url()));
    QSignalSpy limited(&direct, &ExotelClient::rateLimited);
    Capture<Trunk> trunk;
    direct.getTrunk(TrunkSid(QStringLiteral("trmum1abc")), this, trunk.callback());
    QVERIFY(trunk.wait());
    QVERIFY2(trunk.isOk(), qPrintable(trunk.describe()));
    QCOMPARE(trunk.value().name, QStringLiteral("scripted"));
    QCOMPARE(limited.count(), 1);
    const qint64 waited = limited.first().first().toLongLong();
    QVERIFY2(waited > 0 && waited <= 2000, qPrintable(QString::number(waited)));
    QCOMPARE(scripted.requests().size(), 2);
    QVERIFY(scripted.requests().first().contains("Authorization: Basic ")); // sent, not logged
}

void TestExotelClient::doesNotFollowRedirectToAnotherOrigin() {
    ScriptedServer elsewhere({httpReply("200 OK", {}, TrunkBody)});
    const QByteArray location =
        elsewhere.url().toString().toLatin1() + "/v2/accounts/ameyo5m/trunks/trmum1abc";
    ScriptedServer redirecting({httpReply("302 Found", "Location: " + location + "\r\n", {})});
    ExotelClient direct(scriptedConfig(redirecting.url()));
    Capture<Trunk> trunk;
    direct.getTrunk(TrunkSid(QStringLiteral("trmum1abc")), this, trunk.callback());
    QVERIFY(trunk.wait());
    QVERIFY(!trunk.isOk());
    QCOMPARE(trunk.error().kind, ApiError::Kind::Network);
    QCOMPARE(trunk.error().httpStatus, 302);
    QVERIFY2(trunk.error().message.contains(QLatin1String("redirected")),
             qPrintable(trunk.error().message));
    QTest::qWait(50);
    QCOMPARE(redirecting.requests().size(), 1);
    QVERIFY2(elsewhere.requests().isEmpty(), "credentials followed a redirect to another origin");
}

void TestExotelClient::badListItemIsNamedNotFatal() {
    const QByteArray body =
        R"({"request_id":"r2","method":"GET","http_code":200,"metadata":{"page_size":50,)"
        R"("first_page_uri":null,"prev_page_uri":null,"next_page_uri":null},"response":[)"
        R"({"code":200,"error_data":null,"status":"success","data":{"id":"1","phone_number":"+918047361001",)"
        R"("mode":"pstn","trunk_sid":"trmum1abc","date_created":"2026-01-23T09:24:59Z","date_updated":"2026-01-23T09:24:59Z"}},)"
        R"({"code":200,"error_data":null,"status":"success","data":{"id":"2","phone_number":42}}]})";
    ScriptedServer scripted({httpReply("200 OK", {}, body)});
    ExotelClient direct(scriptedConfig(scripted.url()));
    Capture<QList<PhoneNumber>> numbers;
    direct.listPhoneNumbers(TrunkSid(QStringLiteral("trmum1abc")), this, numbers.callback());
    QVERIFY(numbers.wait());
    // The readable item arrives; the unreadable one is left out, counted and named.
    QVERIFY2(numbers.isOk(), qPrintable(numbers.describe()));
    QCOMPARE(numbers.value().size(), 1);
    QCOMPARE(numbers.result().skippedCount(), 1);
    QVERIFY2(numbers.result().skippedItems().first().contains(QLatin1String("Item 2 on page 1")),
             qPrintable(numbers.result().skippedItems().first()));
    QCOMPARE(numbers.result().requestId(), QStringLiteral("r2"));
}

void TestExotelClient::nextPageOnAnotherHostIsNotFollowed() {
    ScriptedServer elsewhere({});
    const QByteArray next = elsewhere.url().toString().toLatin1() +
                            "/v2/accounts/ameyo5m/trunks?offset=50&page_size=50";
    const QByteArray body = R"({"request_id":"r3","method":"GET","http_code":200,"metadata":)"
                            R"({"page_size":50,"next_page_uri":")" +
                            next + R"("},"response":[]})";
    ScriptedServer scripted({httpReply("200 OK", {}, body)});
    ExotelClient direct(scriptedConfig(scripted.url()));
    Capture<QList<Trunk>> trunks;
    direct.listTrunks(this, trunks.callback());
    QVERIFY(trunks.wait());
    QVERIFY(!trunks.isOk());
    QCOMPARE(trunks.error().kind, ApiError::Kind::MalformedResponse);
    QTest::qWait(50);
    QVERIFY(elsewhere.requests().isEmpty());
}

void TestExotelClient::timesOutBeyondTransferTimeout() {
    restart(options(), [](ClientConfig &c) { c.transferTimeout = std::chrono::milliseconds(300); });
    Fault fault;
    fault.kind = Fault::Kind::Delay;
    fault.delayMs = 1500;
    fault.pathContains = QStringLiteral("/trunks/");
    server->addFault(fault);
    Capture<Trunk> trunk;
    client->getTrunk(TrunkSid(QStringLiteral("trmum1c99b47f41d1f4a4d5c19au")), this,
                     trunk.callback());
    QVERIFY(trunk.wait());
    QVERIFY(!trunk.isOk());
    QCOMPARE(trunk.error().kind, ApiError::Kind::Timeout);
    QCOMPARE(trunk.error().httpStatus, 0);
    QCOMPARE(countRequests(*server, QString(), QStringLiteral("/trunks/")), 1);
}

void TestExotelClient::retriesGetOnceAfterDroppedConnection() {
    Fault fault;
    fault.kind = Fault::Kind::Drop;
    fault.method = QStringLiteral("GET");
    fault.times = 1;
    server->addFault(fault);
    Capture<QList<Trunk>> trunks;
    client->listTrunks(this, trunks.callback());
    QVERIFY(trunks.wait());
    QVERIFY2(trunks.isOk(), qPrintable(trunks.describe()));
    QCOMPARE(countRequests(*server, QStringLiteral("GET"), QStringLiteral("/trunks")), 2);

    // A server that keeps dropping: the GET is re-sent a bounded number of times, then fails.
    // (The transport itself re-sends an unanswered GET once per attempt.)
    fault.times = -1;
    server->addFault(fault);
    server->clearRequestLog();
    Capture<QList<Trunk>> again;
    client->listTrunks(this, again.callback());
    QVERIFY(again.wait());
    QVERIFY(!again.isOk());
    QCOMPARE(again.error().kind, ApiError::Kind::Network);
    QCOMPARE(again.error().httpStatus, 0);
    const int sent = countRequests(*server, QStringLiteral("GET"), QStringLiteral("/trunks"));
    QVERIFY2(sent >= 2 && sent <= 4, qPrintable(QString::number(sent)));
    server->clearFaults();
}

void TestExotelClient::droppedPostIsNotResent() {
    Fault fault;
    fault.kind = Fault::Kind::Drop;
    fault.method = QStringLiteral("POST");
    fault.times = 1;
    server->addFault(fault);
    Capture<Trunk> created;
    client->createTrunk(NewTrunk{QStringLiteral("dropped_1"), QStringLiteral("ANY-ANY"), {}}, this,
                        created.callback());
    QVERIFY(created.wait());
    QVERIFY(!created.isOk());
    QCOMPARE(created.error().kind, ApiError::Kind::Network);
    QVERIFY2(created.error().message.contains(QLatin1String("may or may not")),
             qPrintable(created.error().message));
    QTest::qWait(100);
    QCOMPARE(countRequests(*server, QStringLiteral("POST"), QStringLiteral("/trunks")), 1);
}

// --- cancellation ------------------------------------------------------------------------------

void TestExotelClient::cancelRunsCallbackOnceWithCancelled() {
    server->setLatencyMs(500);
    Capture<QList<Trunk>> trunks;
    QPointer<ApiCall> call = client->listTrunks(this, trunks.callback());
    QVERIFY(QTest::qWaitFor([&] { return !server->requestLog().isEmpty(); }, 2000));
    QCOMPARE(client->pendingCount(), 1);
    call->cancel();
    QCOMPARE(trunks.count(), 0); // delivered from the event loop
    QCOMPARE(client->pendingCount(), 0);
    QVERIFY(trunks.wait());
    QCOMPARE(trunks.error().kind, ApiError::Kind::Cancelled);
    QTest::qWait(700); // the server's late answer must not produce a second callback
    QCOMPARE(trunks.count(), 1);
    QVERIFY(call.isNull());
}

void TestExotelClient::cancelQueuedCallSendsNothing() {
    restart(options(), [](ClientConfig &c) { c.maxConcurrentRequests = 1; });
    server->setLatencyMs(300);
    Capture<QList<Trunk>> first;
    Capture<QList<Trunk>> second;
    client->listTrunks(this, first.callback());
    ApiCall *queued = client->listTrunks(this, second.callback());
    QCOMPARE(client->pendingCount(), 2);
    queued->cancel();
    QVERIFY(second.wait());
    QCOMPARE(second.error().kind, ApiError::Kind::Cancelled);
    QVERIFY(first.wait());
    QVERIFY(first.isOk());
    QTest::qWait(50);
    QCOMPARE(countRequests(*server, QStringLiteral("GET"), QStringLiteral("/trunks")), 1);
}

void TestExotelClient::destroyedContextSilencesCallback() {
    server->setLatencyMs(300);
    auto *context = new QObject;
    int calls = 0;
    QPointer<ApiCall> call =
        client->listTrunks(context, [&calls](const ApiResult<QList<Trunk>> &) { ++calls; });
    QVERIFY(QTest::qWaitFor([&] { return !server->requestLog().isEmpty(); }, 2000));
    delete context;
    QCOMPARE(client->pendingCount(), 0);
    QTest::qWait(600);
    QCOMPARE(calls, 0);
    QVERIFY(call.isNull());

    // Destroyed while the answer is being handled (a page handler closes its dialog).
    server->setLatencyMs(0);
    QPointer<QObject> context2 = new QObject;
    int pages = 0;
    client->listTrunks(
        context2, [&calls](const ApiResult<QList<Trunk>> &) { ++calls; },
        [&](const QList<Trunk> &, int, std::optional<int>) {
            ++pages;
            delete context2.data();
        });
    QVERIFY(QTest::qWaitFor([&] { return pages > 0; }, 3000));
    QTest::qWait(50);
    QCOMPARE(pages, 1);
    QCOMPARE(calls, 0);
    QCOMPARE(client->pendingCount(), 0);
}

void TestExotelClient::cancelAllCancelsEverything() {
    server->setLatencyMs(300);
    Capture<QList<Trunk>> a;
    Capture<Trunk> b;
    Capture<QList<PhoneNumber>> c;
    const TrunkSid sid(QStringLiteral("trmum1c99b47f41d1f4a4d5c19au"));
    client->listTrunks(this, a.callback());
    client->getTrunk(sid, this, b.callback());
    client->listPhoneNumbers(sid, this, c.callback());
    QCOMPARE(client->pendingCount(), 3);
    client->cancelAll();
    QCOMPARE(client->pendingCount(), 0);
    QVERIFY(a.wait() && b.wait() && c.wait());
    QCOMPARE(a.error().kind, ApiError::Kind::Cancelled);
    QCOMPARE(b.error().kind, ApiError::Kind::Cancelled);
    QCOMPARE(c.error().kind, ApiError::Kind::Cancelled);
    QTest::qWait(400);
    QCOMPARE(a.count() + b.count() + c.count(), 3);
}

void TestExotelClient::callObjectDeletesItself() {
    Capture<Trunk> trunk;
    QPointer<ApiCall> call = client->getTrunk(
        TrunkSid(QStringLiteral("trmum1c99b47f41d1f4a4d5c19au")), this, trunk.callback());
    QSignalSpy finished(call.data(), &ApiCall::finished);
    QCOMPARE(call->description(), QStringLiteral("GET /trunks/{trunk_sid}"));
    QVERIFY(trunk.wait());
    QCOMPARE(finished.count(), 1);
    QVERIFY(QTest::qWaitFor([&] { return call.isNull(); }, 1000));
}

void TestExotelClient::rateLimitQueuesBeyondTheWindow() {
    restart(options(), [](ClientConfig &c) { c.requestsPerMinute = 3; });
    std::vector<std::unique_ptr<Capture<Trunk>>> results;
    const TrunkSid sid(QStringLiteral("trmum1c99b47f41d1f4a4d5c19au"));
    for (int i = 0; i < 5; ++i) {
        results.push_back(std::make_unique<Capture<Trunk>>());
        client->getTrunk(sid, this, results.back()->callback());
    }
    QVERIFY(QTest::qWaitFor([&] { return client->pendingCount() == 2; }, 3000));
    QTest::qWait(200);
    QCOMPARE(server->requestLog().size(), 3); // the other two wait for the window
    QCOMPARE(client->pendingCount(), 2);      // queued, not dropped
    for (int i = 0; i < 3; ++i)
        QVERIFY(results[std::size_t(i)]->isOk());
    QCOMPARE(results[3]->count(), 0);
    client->cancelAll();
    QVERIFY(results[3]->wait() && results[4]->wait());
    QCOMPARE(results[4]->error().kind, ApiError::Kind::Cancelled);
}

void TestExotelClient::concurrencyIsCapped() {
    restart(options(), [](ClientConfig &c) { c.maxConcurrentRequests = 2; });
    server->setLatencyMs(150);
    std::vector<std::unique_ptr<Capture<Trunk>>> results;
    const TrunkSid sid(QStringLiteral("trmum1c99b47f41d1f4a4d5c19au"));
    for (int i = 0; i < 6; ++i) {
        results.push_back(std::make_unique<Capture<Trunk>>());
        client->getTrunk(sid, this, results.back()->callback());
    }
    for (auto &r : results) {
        QVERIFY(r->wait());
        QVERIFY(r->isOk());
    }
    const QList<sandbox::LoggedRequest> log = server->requestLog();
    QCOMPARE(log.size(), 6);
    for (const auto &r : log) {
        int overlapping = 0;
        for (const auto &other : log) {
            if (other.receivedMs <= r.receivedMs && other.answeredMs > r.receivedMs)
                ++overlapping;
        }
        QVERIFY2(overlapping <= 2, qPrintable(QString::number(overlapping)));
    }
}

// --- logging -----------------------------------------------------------------------------------

void TestExotelClient::logsRequestsWithoutSecrets() {
    // Make sure this test alone also produces a password-carrying request and answers.
    const TrunkSid sid(QStringLiteral("trmum1c99b47f41d1f4a4d5c19au"));
    Capture<Credential> created;
    client->createCredential(sid, NewCredential{QStringLiteral("log_probe"), Password, {}}, this,
                             created.callback());
    QVERIFY(created.wait());
    QVERIFY(created.isOk());

    QString all;
    QString clientLines; // everything but the sandbox's own lines
    {
        QMutexLocker lock(&logMutex);
        all = capturedLog.join(QLatin1Char('\n'));
        for (const QString &line : std::as_const(capturedLog)) {
            if (!line.startsWith(QLatin1String("exotrunk.sandbox")))
                clientLines += line + QLatin1Char('\n');
        }
    }
    QVERIFY2(all.contains(QLatin1String("exotrunk.api: request POST")), "no request line logged");
    QVERIFY(all.contains(QLatin1String("exotrunk.api: answer POST")));
    QVERIFY(all.contains(QLatin1String("request_id")));
    QVERIFY(all.contains(QLatin1String("log_probe"))); // the body was logged …
    QVERIFY(!all.contains(Password));                  // … without its password
    QVERIFY(!all.contains(Token));
    QVERIFY(
        !all.contains(QString::fromLatin1((Key + QLatin1Char(':') + Token).toUtf8().toBase64())));
    QVERIFY(!clientLines.contains(QLatin1String("Authorization"), Qt::CaseInsensitive));
    QVERIFY(!all.contains(QLatin1String("Basic "), Qt::CaseSensitive));
}

QTEST_GUILESS_MAIN(TestExotelClient)
#include "tst_exotelclient.moc"
