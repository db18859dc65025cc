// Limits of the transport (issue 13): the size cap of an answer, the overall deadline of a
// request, lists whose pages come round again, and the waits a 429 asks for.
#include "api/exotelclient.h"
#include "api/retrytiming.h"
#include "clienttestkit.h"
#include "sandboxfixture.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

using namespace exotrunk;
using namespace exotrunk::testing;
using sandbox::Fault;

namespace {

// A bare HTTP/1.1 server on loopback answering each request with the next scripted reply.
class ScriptedServer : public QObject {
public:
    explicit ScriptedServer(QList<QByteArray> replies)
        : m_replies(std::move(replies)) {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                    m_buffer[socket] += socket->readAll();
                    if (!m_buffer[socket].contains("\r\n\r\n"))
                        return;
                    m_requests.append(m_buffer.take(socket));
                    socket->write(m_replies.isEmpty()
                                      ? QByteArray("HTTP/1.1 500 X\r\nContent-Length: 0\r\n\r\n")
                                      : m_replies.takeFirst());
                    socket->disconnectFromHost();
                });
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }
    QUrl url() const {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
    }
    int requestCount() const { return int(m_requests.size()); }

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

QByteArray emptyPage(const QByteArray &next) {
    return httpReply(
        "200 OK", {},
        R"({"request_id":"p","method":"GET","http_code":200,"metadata":{"page_size":50,)"
        R"("next_page_uri":")" +
            next + R"("},"response":[]})");
}

ClientConfig scriptedConfig(const QUrl &url) {
    ClientConfig config;
    config.baseUrl = url;
    config.accountSid = QStringLiteral("ameyo5m");
    config.apiKey = QStringLiteral("key");
    config.apiToken = QStringLiteral("token");
    return config;
}

} // namespace

class TestTransportLimits : public QObject {
    Q_OBJECT

private slots:
    void answerOverTheSizeCapIsAborted();
    void deadlineEndsAnAnswerThatNeverCompletes();
    void pagesThatComeRoundAgainEndTheList();
    void retryAfterHeaderIsClampedBeforeMultiplying();
    void retryAfterInTheBodyIsHonoured();
    void retryAfterParsing();
};

void TestTransportLimits::answerOverTheSizeCapIsAborted() {
    auto server = startSandbox();
    QVERIFY(server);
    ClientConfig config = clientConfigFor(*server);
    config.maxAnswerBytes = 1024; // the six demo trunks take several KiB
    ExotelClient client(config);
    Capture<QList<Trunk>> trunks;
    client.listTrunks(this, trunks.callback());
    QVERIFY(trunks.wait());
    QVERIFY(!trunks.isOk());
    QCOMPARE(trunks.error().kind, ApiError::Kind::MalformedResponse);
    QVERIFY2(trunks.error().message.contains(QStringLiteral("larger than")),
             qPrintable(trunks.error().message));
    // A write cut short says its outcome is unknown.
    config.maxAnswerBytes = 100; // less than one trunk
    ExotelClient writer(config);
    Capture<Trunk> created;
    writer.createTrunk(NewTrunk{QStringLiteral("capped"), QStringLiteral("ANY-ANY"), {}}, this,
                       created.callback());
    QVERIFY(created.wait());
    QVERIFY(!created.isOk());
    QVERIFY2(created.error().message.contains(QStringLiteral("may or may not")),
             qPrintable(created.error().message));
}

void TestTransportLimits::deadlineEndsAnAnswerThatNeverCompletes() {
    auto server = startSandbox();
    QVERIFY(server);
    Fault slow;
    slow.kind = Fault::Kind::Delay;
    slow.delayMs = 5000;
    server->addFault(slow);
    ClientConfig config = clientConfigFor(*server);
    config.transferTimeout = std::chrono::milliseconds(60000);
    config.requestDeadline = std::chrono::milliseconds(300);
    ExotelClient client(config);
    Capture<QList<Trunk>> trunks;
    client.listTrunks(this, trunks.callback());
    QVERIFY(trunks.wait());
    QVERIFY(!trunks.isOk());
    QCOMPARE(trunks.error().kind, ApiError::Kind::Timeout);
    QVERIFY2(trunks.error().message.contains(QStringLiteral("did not finish answering")),
             qPrintable(trunks.error().message));
}

void TestTransportLimits::pagesThatComeRoundAgainEndTheList() {
    // Page 3 points back at page 2: not a self-link, still a loop.
    ScriptedServer scripted({emptyPage("/v2/accounts/ameyo5m/trunks?offset=50&page_size=50"),
                             emptyPage("/v2/accounts/ameyo5m/trunks?offset=100&page_size=50"),
                             emptyPage("/v2/accounts/ameyo5m/trunks?offset=50&page_size=50")});
    ExotelClient client(scriptedConfig(scripted.url()));
    Capture<QList<Trunk>> trunks;
    client.listTrunks(this, trunks.callback());
    QVERIFY(trunks.wait());
    QVERIFY(!trunks.isOk());
    QCOMPARE(trunks.error().kind, ApiError::Kind::MalformedResponse);
    QVERIFY2(trunks.error().message.contains(QStringLiteral("do not end")),
             qPrintable(trunks.error().message));
    QCOMPARE(scripted.requestCount(), 3);
}

void TestTransportLimits::retryAfterHeaderIsClampedBeforeMultiplying() {
    // 9223372036854775 s × 1000 overflows a 64-bit integer.
    ScriptedServer scripted({httpReply("429 Too Many Requests", "Retry-After: 9223372036854775\r\n",
                                       R"({"response":{"code":429,"status":"failure"}})")});
    ExotelClient client(scriptedConfig(scripted.url()));
    QSignalSpy limited(&client, &ExotelClient::rateLimited);
    Capture<QList<Trunk>> trunks;
    QPointer<ApiCall> call = client.listTrunks(this, trunks.callback());
    QVERIFY(limited.wait(8000));
    QCOMPARE(limited.first().first().toLongLong(), retrytiming::MaxWaitMs);
    call->cancel();
    QVERIFY(trunks.wait());
    QCOMPARE(trunks.error().kind, ApiError::Kind::Cancelled);
}

void TestTransportLimits::retryAfterInTheBodyIsHonoured() {
    auto server = startSandbox();
    QVERIFY(server);
    Fault limitedOnce;
    limitedOnce.kind = Fault::Kind::TooManyRequests;
    limitedOnce.retryAfterInBody = 1; // no Retry-After header
    server->addFault(limitedOnce);
    ExotelClient client(clientConfigFor(*server));
    QSignalSpy limited(&client, &ExotelClient::rateLimited);
    Capture<QList<Trunk>> trunks;
    client.listTrunks(this, trunks.callback());
    QVERIFY(trunks.wait());
    QVERIFY2(trunks.isOk(), qPrintable(trunks.describe()));
    QCOMPARE(limited.count(), 1);
    QCOMPARE(limited.first().first().toLongLong(), qint64(1000));
}

void TestTransportLimits::retryAfterParsing() {
    const QDateTime now(QDate(2026, 1, 23), QTime(9, 0), Qt::UTC);
    QCOMPARE(retrytiming::fromHeader("30", now), qint64(30000));
    QCOMPARE(retrytiming::fromHeader(" 0 ", now), qint64(0));
    QCOMPARE(retrytiming::fromHeader("-5", now), qint64(0));
    QCOMPARE(retrytiming::fromHeader("99999999999999999", now), retrytiming::MaxWaitMs);
    QCOMPARE(retrytiming::fromHeader("Fri, 23 Jan 2026 09:00:45 GMT", now), qint64(45000));
    QCOMPARE(retrytiming::fromHeader("soon", now), qint64(-1));
    QCOMPARE(retrytiming::fromHeader({}, now), qint64(-1));

    QCOMPARE(retrytiming::fromBody(R"({"retry_after":60})"), qint64(60000));
    QCOMPARE(retrytiming::fromBody(R"({"response":{"error_data":{"retry_after":"5"}}})"),
             qint64(5000));
    QCOMPARE(retrytiming::fromBody(R"({"retry_after":1e300})"), retrytiming::MaxWaitMs);
    QCOMPARE(retrytiming::fromBody(R"({"response":{"code":429}})"), qint64(-1));
    QCOMPARE(retrytiming::fromBody("<html>Too Many Requests</html>"), qint64(-1));
}

QTEST_GUILESS_MAIN(TestTransportLimits)
#include "tst_transportlimits.moc"
