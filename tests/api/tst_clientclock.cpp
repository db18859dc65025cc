// ExotelClient::setClock: the rate limiter on a virtual clock that runs faster than real time
// paces a bulk of requests at the configured limit per virtual minute, and its wake-up timer
// sleeps in scaled time (so a benchmark can run minutes of traffic in seconds).

#include "clienttestkit.h"

#include <QDateTime>
#include <QElapsedTimer>

#include <algorithm>

using namespace exotrunk;
using namespace exotrunk::testing;

class TestClientClock : public QObject {
    Q_OBJECT
private slots:
    void pacesAtTheLimitOnTheVirtualClock();
    void keepsUnderTheSandboxLimitWithoutA429();
};

void TestClientClock::pacesAtTheLimitOnTheVirtualClock() {
    constexpr int limit = 20;
    constexpr int requests = 50;
    constexpr double scale = 20.0;
    // Transport time between the client starting a request and the sandbox logging it, in
    // virtual ms (150 ms of real time at this scale).
    constexpr qint64 transitTolerance = 3000;

    QElapsedTimer real;
    real.start();
    const auto virtualMs = [&real] {
        return qint64(double(real.nsecsElapsed()) / 1e6 * scale);
    };

    sandbox::SandboxOptions options;
    options.requestsPerMinute = 0; // the client alone must keep the pace
    auto server = startSandbox(options);
    QVERIFY(server);
    const qint64 epoch = QDateTime::currentMSecsSinceEpoch();
    server->setClock([epoch, virtualMs] { return epoch + virtualMs(); });
    const TrunkSid sid(server->trunkSid(QStringLiteral("test_trunk_ui2")));
    QVERIFY(!sid.isEmpty());

    ClientConfig config = clientConfigFor(*server);
    config.requestsPerMinute = limit;
    ExotelClient client(config);
    client.setClock(virtualMs, scale);

    int ok = 0;
    int done = 0;
    QObject context;
    for (int i = 0; i < requests; ++i) {
        client.getTrunk(sid, &context, [&](const ApiResult<Trunk> &result) {
            ++done;
            ok += result.isOk() ? 1 : 0;
        });
    }
    // Three virtual minutes of traffic; at scale 20 about 6 s of real time.
    QVERIFY2(QTest::qWaitFor([&] { return done == requests; }, 60000),
             qPrintable(QStringLiteral("%1 of %2 answered").arg(done).arg(requests)));
    QCOMPARE(ok, requests);

    QList<qint64> arrivals; // virtual ms, in arrival order
    for (const sandbox::LoggedRequest &r : server->requestLog()) {
        if (r.method == QLatin1String("GET"))
            arrivals << qint64(double(r.receivedMs) * scale);
    }
    QCOMPARE(arrivals.size(), requests);
    // Never more than `limit` in a virtual minute...
    for (int i = limit; i < requests; ++i) {
        QVERIFY2(arrivals[i] - arrivals[i - limit] >= 60000 - transitTolerance,
                 qPrintable(QStringLiteral("request %1 came %2 virtual ms after request %3")
                                .arg(i)
                                .arg(arrivals[i] - arrivals[i - limit])
                                .arg(i - limit)));
    }
    // ...and the wake-up timer slept scaled time: 50 requests at 20/min need two virtual
    // minutes; an unscaled timer would have taken 40 virtual minutes.
    const qint64 span = arrivals.last() - arrivals.first();
    QVERIFY2(span >= 120000 - transitTolerance, qPrintable(QString::number(span)));
    QVERIFY2(span < 240000, qPrintable(QString::number(span)));
}

// The sandbox counts arrivals with its real 200/min limit on the same virtual clock. The client
// holds each slot until a minute (plus a second) after the answer, so however the requests'
// transit times vary under load the server never sees more than 200 in its window: no 429,
// so no retry pushes the tail into another minute.
void TestClientClock::keepsUnderTheSandboxLimitWithoutA429() {
    constexpr int limit = 200;
    constexpr int requests = 450; // three windows' worth: two waits
    constexpr double scale = 20.0;

    QElapsedTimer real;
    real.start();
    const auto virtualMs = [&real] {
        return qint64(double(real.nsecsElapsed()) / 1e6 * scale);
    };

    sandbox::SandboxOptions options;
    options.requestsPerMinute = limit;
    auto server = startSandbox(options);
    QVERIFY(server);
    const qint64 epoch = QDateTime::currentMSecsSinceEpoch();
    server->setClock([epoch, virtualMs] { return epoch + virtualMs(); });
    const TrunkSid sid(server->trunkSid(QStringLiteral("test_trunk_ui2")));
    QVERIFY(!sid.isEmpty());

    ClientConfig config = clientConfigFor(*server);
    config.requestsPerMinute = limit;
    ExotelClient client(config);
    client.setClock(virtualMs, scale);
    int rateLimited = 0;
    connect(&client, &ExotelClient::rateLimited, this, [&rateLimited] { ++rateLimited; });

    int ok = 0;
    int done = 0;
    QObject context;
    for (int i = 0; i < requests; ++i) {
        client.getTrunk(sid, &context, [&](const ApiResult<Trunk> &result) {
            ++done;
            ok += result.isOk() ? 1 : 0;
        });
    }
    // Two virtual minutes of waiting; at scale 20 about 6 s of real time.
    QVERIFY2(QTest::qWaitFor([&] { return done == requests; }, 90000),
             qPrintable(QStringLiteral("%1 of %2 answered").arg(done).arg(requests)));
    QCOMPARE(ok, requests);
    QCOMPARE(rateLimited, 0);

    QList<qint64> arrivals;
    int tooMany = 0;
    for (const sandbox::LoggedRequest &r : server->requestLog()) {
        if (r.method != QLatin1String("GET"))
            continue;
        if (r.status == 429)
            ++tooMany;
        else
            arrivals << qint64(double(r.receivedMs) * scale);
    }
    QCOMPARE(tooMany, 0);
    QCOMPARE(arrivals.size(), requests);
    // Each window held at most `limit` arrivals, and the waits were a minute each, not more:
    // the last request arrived two minutes after the 50th (no retry pushed it into a fourth).
    std::sort(arrivals.begin(), arrivals.end());
    for (int i = limit; i < requests; ++i)
        QVERIFY(arrivals.at(i) - arrivals.at(i - limit) >= 60000 - 2 * qint64(scale));
    const qint64 twoWindows = arrivals.last() - arrivals.at(requests - 1 - 2 * limit);
    QVERIFY2(twoWindows >= 2 * 60000, qPrintable(QString::number(twoWindows)));
    QVERIFY2(twoWindows < 3 * 60000, qPrintable(QString::number(twoWindows)));
}

QTEST_GUILESS_MAIN(TestClientClock)
#include "tst_clientclock.moc"
