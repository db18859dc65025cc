// DestinationAddition, the workflow behind "Add destinations": one request for several rows and
// a result per row (a 207 refuses the IP destination that is not whitelisted), then "allow this
// IP and retry" whitelists the IP and resends only that row. Against the sandbox over HTTP.
#include "api/exotelclient.h"
#include "sandboxfixture.h"
#include "workflows/destinationaddition.h"

#include <QSignalSpy>
#include <QtTest>

#include <memory>

using namespace exotrunk;
using RowState = DestinationAddition::RowState;

class TestDestinationAddition : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<ExotelClient> m_client;
    TrunkSid m_trunk;

    static NewDestination dest(const QString &host, int port, Transport transport) {
        NewDestination d;
        d.host = host;
        d.port = port;
        d.transport = transport;
        return d;
    }

    QList<DestinationUri> storedDestinations() {
        QList<DestinationUri> stored;
        bool done = false;
        m_client->listDestinationUris(m_trunk, this,
                                      [&](const ApiResult<QList<DestinationUri>> &r) {
                                          if (r.isOk())
                                              stored = r.value();
                                          done = true;
                                      });
        if (!QTest::qWaitFor([&] { return done; }, 15000))
            QTest::qFail("listing destinations timed out", __FILE__, __LINE__);
        return stored;
    }

private slots:
    void initTestCase() {
        sandbox::SandboxOptions options;
        options.seedDemoData = false;
        m_server = testing::startSandbox(options);
        QVERIFY(m_server);
        m_client = std::make_unique<ExotelClient>(testing::clientConfigFor(*m_server));
        NewTrunk trunk;
        trunk.name = QStringLiteral("dest_addition");
        trunk.domainName = NewTrunk::domainFor(m_client->config().accountSid);
        bool done = false;
        m_client->createTrunk(trunk, this, [&](const ApiResult<Trunk> &r) {
            if (r.isOk())
                m_trunk = r.value().sid;
            done = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 15000));
        QVERIFY(!m_trunk.value().isEmpty());
    }

    // The one 207 matching: by input (with or without "sip:"), else in request order, each
    // outcome used once.
    void matchesOutcomesToRows() {
        const QList<NewDestination> asked = {
            dest(QStringLiteral("a.example.com"), 5061, Transport::Tls),
            dest(QStringLiteral("b.example.com"), 5060, Transport::Udp)};
        ItemOutcome<DestinationUri> first;
        first.input = QStringLiteral("sip:b.example.com:5060");
        ItemOutcome<DestinationUri> second;
        QCOMPARE(DestinationAddition::matchOutcomes(asked, {first, second}), (QList<int>{1, 0}));
        QCOMPARE(DestinationAddition::matchOutcomes(asked, {second}), (QList<int>{0, -1}));
    }

    void oneRowRefusedThenAllowedAndRetried() {
        DestinationAddition addition(m_client.get(), m_trunk);
        QSignalSpy added(&addition, &DestinationAddition::destinationsAdded);
        QSignalSpy allowed(&addition, &DestinationAddition::ipAllowed);
        QSignalSpy running(&addition, &DestinationAddition::runningChanged);
        const NewDestination fqdn = dest(QStringLiteral("sip.example.com"), 5061, Transport::Tls);
        // UDP goes bare (no ;transport=), as the vendor's samples send it.
        const NewDestination ip = dest(QStringLiteral("198.51.100.7"), 5060, Transport::Udp);
        QCOMPARE(ip.toUriString(), QStringLiteral("198.51.100.7:5060"));
        addition.add({10, 20}, {fqdn, ip});
        QVERIFY(addition.isRunning());
        QCOMPARE(addition.result(10).state, RowState::Sending);
        QVERIFY(QTest::qWaitFor([&] { return !addition.isRunning(); }, 15000));

        QCOMPARE(addition.result(10).state, RowState::Added);
        QVERIFY(addition.result(10).added.destination.contains(QLatin1String("sip.example.com")));
        const DestinationAddition::RowResult refused = addition.result(20);
        QCOMPARE(refused.state, RowState::Failed);
        QVERIFY2(refused.reason().contains(QLatin1String("not whitelisted")),
                 qPrintable(refused.reason()));
        QVERIFY(refused.canAllowAndRetry);
        QVERIFY(!addition.result(10).canAllowAndRetry);
        QCOMPARE(added.count(), 1);
        QCOMPARE(added.first().first().value<QList<DestinationUri>>().size(), 1);
        QCOMPARE(running.count(), 2); // started, then ended
        QCOMPARE(storedDestinations().size(), 1);

        addition.allowAndRetry(20);
        QCOMPARE(addition.result(20).state, RowState::Allowing);
        QVERIFY(QTest::qWaitFor([&] { return !addition.isRunning(); }, 15000));
        QCOMPARE(addition.result(20).state, RowState::Added);
        QCOMPARE(allowed.count(), 1);
        QCOMPARE(allowed.first().first().value<WhitelistedIp>().ip, QStringLiteral("198.51.100.7"));
        QCOMPARE(added.count(), 2);
        QCOMPARE(addition.result(10).state, RowState::Added); // untouched, not resent
        const QList<DestinationUri> stored = storedDestinations();
        QCOMPARE(stored.size(), 2);
        bool udpBare = false;
        for (const DestinationUri &d : stored)
            udpBare = udpBare || (d.host() == QLatin1String("198.51.100.7") &&
                                  d.transport() == Transport::Udp);
        QVERIFY(udpBare);
    }

    // A whole request refused (not one row): every row sent fails with its words, the error
    // is reported once, nothing is added.
    void wholeRequestFailureFailsEveryRow() {
        m_server->addFault(testing::faultOn(sandbox::Fault::Kind::ServerError,
                                            QStringLiteral("POST"),
                                            QStringLiteral("/destination-uris")));
        DestinationAddition addition(m_client.get(), m_trunk);
        QSignalSpy failed(&addition, &DestinationAddition::requestFailed);
        QSignalSpy added(&addition, &DestinationAddition::destinationsAdded);
        addition.add({1, 2}, {dest(QStringLiteral("c.example.com"), 5061, Transport::Tls),
                              dest(QStringLiteral("d.example.com"), 5060, Transport::Tcp)});
        QVERIFY(QTest::qWaitFor([&] { return !addition.isRunning(); }, 30000));
        QCOMPARE(addition.result(1).state, RowState::Failed);
        QCOMPARE(addition.result(2).state, RowState::Failed);
        QVERIFY(!addition.result(1).canAllowAndRetry);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(added.count(), 0);
        m_server->clearFaults();
    }

    void cancelStopsTheCallsInFlight() {
        DestinationAddition addition(m_client.get(), m_trunk);
        addition.add({1}, {dest(QStringLiteral("e.example.com"), 5061, Transport::Tls)});
        QVERIFY(addition.isRunning());
        addition.cancel();
        QVERIFY(QTest::qWaitFor([&] { return !addition.isRunning(); }, 15000));
        QCOMPARE(addition.result(1).state, RowState::Failed);
        QCOMPARE(addition.result(1).error.kind, ApiError::Kind::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestDestinationAddition)
#include "tst_destinationaddition.moc"
