// The fault matrix for the client: every fault the sandbox can inject, against a read and a
// write. For each: the error the user sees is specific, writes are never re-sent after an
// unknown outcome, the server's state stays consistent, and nothing crashes.

#include "api/exotelclient.h"
#include "clienttestkit.h"
#include "sandboxfixture.h"

#include <QSignalSpy>
#include <QtTest>

using namespace exotrunk;
using namespace exotrunk::testing;
using sandbox::Fault;

namespace {

enum class Op { GetTrunk, ListTrunks, CreateTrunk, MapNumber, AddDestinations };

const QString KnownTrunk = QStringLiteral("trmum1c99b47f41d1f4a4d5c19au"); // test_123

QString methodOf(Op op) {
    switch (op) {
    case Op::GetTrunk:
    case Op::ListTrunks:
        return QStringLiteral("GET");
    default:
        return QStringLiteral("POST");
    }
}

QString pathOf(Op op) {
    switch (op) {
    case Op::GetTrunk:
        return QStringLiteral("/trunks/") + KnownTrunk;
    case Op::ListTrunks:
    case Op::CreateTrunk:
        return QStringLiteral("/trunks");
    case Op::MapNumber:
        return QStringLiteral("/phone-numbers");
    case Op::AddDestinations:
        return QStringLiteral("/destination-uris");
    }
    return {};
}

// What one operation ended with, whatever its value type.
struct Outcome {
    int callbacks = 0;
    bool ok = false;
    ApiError error;
    QList<ApiError> itemErrors; // multi-item POSTs
};

} // namespace

Q_DECLARE_METATYPE(Op)
Q_DECLARE_METATYPE(Fault::Kind)
Q_DECLARE_METATYPE(ApiError::Kind)

class TestFaultMatrix : public QObject {
    Q_OBJECT

private slots:
    void matrix_data();
    void matrix();

private:
    Outcome run(ExotelClient &client, Op op, const QString &uniqueName);
};

void TestFaultMatrix::matrix_data() {
    QTest::addColumn<Fault::Kind>("faultKind");
    QTest::addColumn<int>("times");
    QTest::addColumn<int>("param"); // status, delay ms or Retry-After seconds
    QTest::addColumn<Op>("op");
    QTest::addColumn<bool>("expectOk");
    QTest::addColumn<ApiError::Kind>("expectKind");
    QTest::addColumn<int>("expectRequests");   // -1: not checked exactly (transport re-sends)
    QTest::addColumn<QString>("expectPhrase"); // in userMessage(), for failures

    using K = Fault::Kind;
    using E = ApiError::Kind;
    const QString unknown = QStringLiteral("may or may not");

    QTest::newRow("latency beyond timeout, GET")
        << K::Delay << 1 << 1200 << Op::GetTrunk << false << E::Timeout << 1
        << QStringLiteral("did not answer in time");
    QTest::newRow("latency beyond timeout, POST")
        << K::Delay << 1 << 1200 << Op::CreateTrunk << false << E::Timeout << 1 << unknown;

    QTest::newRow("one 5xx, GET retried")
        << K::ServerError << 1 << 503 << Op::GetTrunk << true << E::None << 2 << QString();
    QTest::newRow("5xx burst, GET gives up") << K::ServerError << 5 << 503 << Op::GetTrunk << false
                                             << E::Server << 2 << QStringLiteral("HTTP 503");
    QTest::newRow("5xx burst, list gives up")
        << K::ServerError << 5 << 500 << Op::ListTrunks << false << E::Server << 2
        << QStringLiteral("HTTP 500");
    QTest::newRow("5xx burst, POST not re-sent")
        << K::ServerError << 5 << 500 << Op::CreateTrunk << false << E::Server << 1 << unknown;

    QTest::newRow("dropped connection, GET recovers")
        << K::Drop << 1 << 0 << Op::GetTrunk << true << E::None << -1 << QString();
    QTest::newRow("dropped connections, GET gives up")
        << K::Drop << 10 << 0 << Op::GetTrunk << false << E::Network << -1
        << QStringLiteral("lost before it answered");
    QTest::newRow("dropped connection, POST not re-sent")
        << K::Drop << 1 << 0 << Op::CreateTrunk << false << E::Network << 1 << unknown;

    QTest::newRow("429 with Retry-After, GET retried")
        << K::TooManyRequests << 1 << 1 << Op::GetTrunk << true << E::None << 2 << QString();
    QTest::newRow("429 with Retry-After, POST retried (server did not act)")
        << K::TooManyRequests << 1 << 1 << Op::CreateTrunk << true << E::None << 2 << QString();
    QTest::newRow("429 without Retry-After, GET backs off and retries")
        << K::TooManyRequests << 1 << 0 << Op::GetTrunk << true << E::None << 2 << QString();
    QTest::newRow("429 without Retry-After, POST surfaced after the limit")
        << K::TooManyRequests << 10 << 0 << Op::CreateTrunk << false << E::RateLimited << 2
        << QStringLiteral("Too many requests");

    QTest::newRow("truncated body, GET")
        << K::Truncated << 1 << 0 << Op::GetTrunk << false << E::MalformedResponse << 1
        << QStringLiteral("could not be understood");
    QTest::newRow("truncated body, list")
        << K::Truncated << 1 << 0 << Op::ListTrunks << false << E::MalformedResponse << 1
        << QStringLiteral("could not be understood");
    QTest::newRow("truncated body, POST") << K::Truncated << 1 << 0 << Op::CreateTrunk << false
                                          << E::MalformedResponse << 1 << unknown;

    QTest::newRow("HTML 502 once, GET retried")
        << K::NotJson << 1 << 0 << Op::GetTrunk << true << E::None << 2 << QString();
    QTest::newRow("HTML 502 burst, GET gives up") << K::NotJson << 5 << 0 << Op::GetTrunk << false
                                                  << E::Server << 2 << QStringLiteral("HTTP 502");
    QTest::newRow("HTML 502, POST not re-sent")
        << K::NotJson << 1 << 0 << Op::CreateTrunk << false << E::Server << 1 << unknown;

    QTest::newRow("wrong content type, GET read anyway")
        << K::WrongContentType << 1 << 0 << Op::GetTrunk << true << E::None << 1 << QString();
    QTest::newRow("wrong content type, POST read anyway")
        << K::WrongContentType << 1 << 0 << Op::CreateTrunk << true << E::None << 1 << QString();

    QTest::newRow("200 with inner 409")
        << K::InnerDuplicate << 1 << 0 << Op::MapNumber << false << E::Duplicate << 1 << QString();
    QTest::newRow("207 with every item failed")
        << K::AllItemsFailed << 1 << 0 << Op::AddDestinations << true << E::None << 1 << QString();
}

Outcome TestFaultMatrix::run(ExotelClient &client, Op op, const QString &uniqueName) {
    Outcome out;
    auto record = [&out](const auto &result) {
        ++out.callbacks;
        out.ok = result.isOk();
        if (!result.isOk())
            out.error = result.error();
    };
    const TrunkSid sid(KnownTrunk);
    switch (op) {
    case Op::GetTrunk:
        client.getTrunk(sid, this, record);
        break;
    case Op::ListTrunks:
        client.listTrunks(this, record);
        break;
    case Op::CreateTrunk:
        client.createTrunk(NewTrunk{uniqueName, QStringLiteral("ANY-ANY"), {}}, this, record);
        break;
    case Op::MapNumber:
        client.mapPhoneNumber(
            sid, NewPhoneNumber{QStringLiteral("+918047367777"), NumberMode::Pstn}, this, record);
        break;
    case Op::AddDestinations:
        client.addDestinationUris(
            sid,
            {NewDestination{QStringLiteral("sbc1.example.com"), 5061, Transport::Tls},
             NewDestination{QStringLiteral("sbc2.example.com"), 5060, Transport::Tcp}},
            this, [&out](const ApiResult<QList<ItemOutcome<DestinationUri>>> &result) {
                ++out.callbacks;
                out.ok = result.isOk();
                if (!result.isOk()) {
                    out.error = result.error();
                    return;
                }
                for (const auto &item : result.value()) {
                    if (!item.isOk())
                        out.itemErrors.append(item.error);
                }
            });
        break;
    }
    if (!QTest::qWaitFor([&out] { return out.callbacks > 0; }, 10000))
        qWarning("no callback within 10 s");
    return out;
}

void TestFaultMatrix::matrix() {
    QFETCH(Fault::Kind, faultKind);
    QFETCH(int, times);
    QFETCH(int, param);
    QFETCH(Op, op);
    QFETCH(bool, expectOk);
    QFETCH(ApiError::Kind, expectKind);
    QFETCH(int, expectRequests);
    QFETCH(QString, expectPhrase);

    auto server = startSandbox();
    QVERIFY(server);
    ClientConfig config = clientConfigFor(*server);
    if (faultKind == Fault::Kind::Delay)
        config.transferTimeout = std::chrono::milliseconds(300);
    ExotelClient client(config);
    RetryPolicy policy;
    policy.maxAttempts = 2;
    policy.initialBackoff = std::chrono::milliseconds(200);
    policy.maxBackoff = std::chrono::milliseconds(400);
    client.setRetryPolicy(policy);
    QSignalSpy rateLimited(&client, &ExotelClient::rateLimited);

    Fault fault;
    fault.kind = faultKind;
    fault.method = methodOf(op);
    fault.pathContains = pathOf(op);
    fault.times = times;
    fault.status = faultKind == Fault::Kind::ServerError ? param : 500;
    fault.delayMs = faultKind == Fault::Kind::Delay ? param : 0;
    fault.retryAfterSeconds = faultKind == Fault::Kind::TooManyRequests ? param : 0;
    server->addFault(fault);

    const int trunksBefore = server->trunkCount();
    static int serial = 0;
    const QString name = QStringLiteral("fm_%1").arg(++serial);
    const Outcome outcome = run(client, op, name);

    QCOMPARE(outcome.callbacks, 1);
    QCOMPARE(outcome.ok, expectOk);
    if (!expectOk) {
        QCOMPARE(outcome.error.kind, expectKind);
        const QString shown = outcome.error.userMessage();
        QVERIFY2(!shown.isEmpty(), "no user message");
        if (!expectPhrase.isEmpty())
            QVERIFY2(shown.contains(expectPhrase, Qt::CaseInsensitive), qPrintable(shown));
        QVERIFY(!outcome.error.technicalDetails().isEmpty());
    }
    if (faultKind == Fault::Kind::InnerDuplicate) {
        QCOMPARE(outcome.error.exotelCode, 1008);
        QVERIFY2(outcome.error.userMessage().contains(QLatin1String("already exists")),
                 qPrintable(outcome.error.userMessage()));
    }
    if (faultKind == Fault::Kind::AllItemsFailed) {
        QCOMPARE(outcome.itemErrors.size(), 2); // every destination has its own reason
        for (const ApiError &e : outcome.itemErrors) {
            QVERIFY(e.isError());
            QVERIFY(e.exotelCode != 0 || !e.message.isEmpty());
            QVERIFY(!e.userMessage().isEmpty());
        }
    }
    if (faultKind == Fault::Kind::TooManyRequests) {
        QVERIFY(rateLimited.count() >= 1);
        const qint64 waited = rateLimited.first().first().toLongLong();
        if (param > 0)
            QCOMPARE(waited, qint64(param) * 1000); // Retry-After honoured
        else
            QVERIFY2(waited >= 200 && waited <= 400, qPrintable(QString::number(waited)));
    }

    // Let late answers and re-sends land before counting.
    QTest::qWait(faultKind == Fault::Kind::Delay ? 1200 : 100);
    const int sent = countRequests(*server, methodOf(op), pathOf(op));
    if (expectRequests >= 0)
        QCOMPARE(sent, expectRequests);
    else
        QVERIFY2(sent >= 1 && sent <= 4, qPrintable(QString::number(sent)));
    QCOMPARE(client.pendingCount(), 0);

    // State: a write either happened once or not at all; the account still lists cleanly.
    if (op == Op::CreateTrunk) {
        const int created = server->trunkCount() - trunksBefore;
        QVERIFY2(created == 0 || created == 1, qPrintable(QString::number(created)));
        if (expectOk)
            QCOMPARE(created, 1);
        if (faultKind == Fault::Kind::ServerError || faultKind == Fault::Kind::Drop ||
            (faultKind == Fault::Kind::TooManyRequests && !expectOk))
            QCOMPARE(created, 0); // the fault stopped it before the server acted
    }
    server->clearFaults();
    server->setRequestsPerMinute(1000);
    Capture<QList<Trunk>> after;
    client.listTrunks(this, after.callback());
    QVERIFY(after.wait());
    QVERIFY2(after.isOk(), qPrintable(after.describe()));
    QCOMPARE(int(after.value().size()), server->trunkCount());
}

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
