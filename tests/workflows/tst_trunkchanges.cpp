// TrunkChanges, the one place single-trunk writes pass, against the sandbox over HTTP: removing
// several rows with a result per row (one of them failing), edits of a mask, a destination's
// order and a credential, the caller-ID alias read back and removed, the consequence texts, and
// a server without the vendor-sample endpoints (nothing is reported removed).
#include "api/exotelclient.h"
#include "sandboxfixture.h"
#include "waiting.h"
#include "workflows/trunkchanges.h"
#include "workflows/trunkchangetexts.h"

#include <QSignalSpy>
#include <QtTest>

#include <memory>

using namespace exotrunk;
using namespace exotrunk::testing;

class TestTrunkChanges : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void removesSeveralNumbersWithOneFailing();
    void removesIpsAndDestinationsAndCredentials();
    void editsMaskOrderAndCredential();
    void readsAndRemovesTheAlias();
    void singleEditsSayWhatChanged();
    void cancelStopsTheRest();
    void unsupportedRemovesNothing();
    void consequenceTexts();
    void failoverOrderInWords();

private:
    TrunkSid sid(const char *name) const {
        return TrunkSid(m_server->trunkSid(QLatin1String(name)));
    }
    template <typename T, typename List> QList<T> list(List call, const TrunkSid &trunk) {
        const auto r = awaitApi<QList<T>>(
            [&](QObject *c, auto cb) { return (m_client.get()->*call)(trunk, c, cb); });
        if (!r.isOk())
            QTest::qFail(qPrintable(r.error().userMessage()), __FILE__, __LINE__);
        return r.isOk() ? r.value() : QList<T>();
    }
    QList<PhoneNumber> numbers(const TrunkSid &t) {
        return list<PhoneNumber>(&ExotelClient::listPhoneNumbers, t);
    }
    QList<WhitelistedIp> ips(const TrunkSid &t) {
        return list<WhitelistedIp>(&ExotelClient::listWhitelistedIps, t);
    }
    QList<DestinationUri> destinations(const TrunkSid &t) {
        return list<DestinationUri>(&ExotelClient::listDestinationUris, t);
    }
    QList<Credential> credentials(const TrunkSid &t) {
        return list<Credential>(&ExotelClient::listCredentials, t);
    }
    bool waitDone(TrunkChanges &changes) {
        return waitOrFail([&] { return !changes.isRunning(); }, kAnswerWaitMs, "the removal");
    }

    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<ExotelClient> m_client;
};

void TestTrunkChanges::init() {
    m_server = startSandbox();
    QVERIFY(m_server);
    m_client = std::make_unique<ExotelClient>(clientConfigFor(*m_server));
}

void TestTrunkChanges::cleanup() {
    m_client.reset();
    m_server.reset();
}

void TestTrunkChanges::removesSeveralNumbersWithOneFailing() {
    const TrunkSid trunk = sid("test_trunk_ui2");
    const QList<PhoneNumber> before = numbers(trunk);
    QCOMPARE(before.size(), 3);
    // The middle row's DELETE fails on the server; the others go through.
    sandbox::Fault fault;
    fault.kind = sandbox::Fault::Kind::ServerError;
    fault.method = QStringLiteral("DELETE");
    fault.pathContains = QStringLiteral("phone-numbers?id=") + before.at(1).id.value();
    fault.status = 500;
    m_server->addFault(fault);

    TrunkChanges changes(m_client.get(), trunk);
    QSignalSpy progress(&changes, &TrunkChanges::progress);
    QSignalSpy rows(&changes, &TrunkChanges::rowFinished);
    QSignalSpy finished(&changes, &TrunkChanges::finished);
    QSignalSpy changed(&changes, &TrunkChanges::changed);
    QVERIFY(changes.removePhoneNumbers(before));
    QVERIFY(changes.isRunning());
    QVERIFY(!changes.removePhoneNumbers(before)); // one at a time
    QVERIFY(waitDone(changes));

    QCOMPARE(finished.size(), 1);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(progress.last().at(0).toInt(), 3);
    const QList<RowResult> results = changes.results();
    QCOMPARE(results.size(), 3);
    QCOMPARE(results.at(0).value, before.at(0).number);
    QVERIFY(results.at(0).isOk());
    QVERIFY(!results.at(1).isOk());
    QCOMPARE(results.at(1).id, before.at(1).id.value());
    QCOMPARE(results.at(1).error.kind, ApiError::Kind::Server);
    QVERIFY(results.at(2).isOk());
    QCOMPARE(changes.failedCount(), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).value<TrunkSection>(), TrunkSection::PhoneNumbers);
    // The server has exactly the failed row left.
    const QList<PhoneNumber> after = numbers(trunk);
    QCOMPARE(after.size(), 1);
    QCOMPARE(after.first().number, before.at(1).number);
}

void TestTrunkChanges::removesIpsAndDestinationsAndCredentials() {
    const TrunkSid trunk = sid("test_123");
    TrunkChanges changes(m_client.get(), trunk);
    const QList<WhitelistedIp> allIps = ips(trunk);
    QCOMPARE(allIps.size(), 2);
    QVERIFY(changes.removeWhitelistedIps({allIps.last()}));
    QVERIFY(waitDone(changes));
    QCOMPARE(changes.failedCount(), 0);
    QCOMPARE(changes.results().first().value, allIps.last().cidr());
    QCOMPARE(ips(trunk).size(), 1);

    const QList<DestinationUri> allDestinations = destinations(trunk);
    QVERIFY(changes.removeDestinationUris(allDestinations));
    QVERIFY(waitDone(changes));
    QCOMPARE(changes.failedCount(), 0);
    QVERIFY(destinations(trunk).isEmpty());

    const QList<Credential> allCredentials = credentials(trunk);
    QVERIFY(changes.removeCredentials({allCredentials.first()}));
    QVERIFY(waitDone(changes));
    QCOMPARE(changes.results().first().value, allCredentials.first().userName);
    QCOMPARE(credentials(trunk).size(), allCredentials.size() - 1);
}

void TestTrunkChanges::editsMaskOrderAndCredential() {
    const TrunkSid trunk = sid("test_123");
    TrunkChanges changes(m_client.get(), trunk);
    const WhitelistedIp ip = ips(trunk).first();
    const auto masked = awaitApi<WhitelistedIp>(
        [&](QObject *c, auto cb) { return changes.changeIpMask(ip, 28, c, cb); });
    QVERIFY2(masked.isOk(), qPrintable(masked.error().userMessage()));
    QCOMPARE(ips(trunk).first().mask, 28);
    // A mask the API refuses is refused before anything is sent.
    const auto refused = awaitApi<WhitelistedIp>(
        [&](QObject *c, auto cb) { return changes.changeIpMask(ip, 8, c, cb); });
    QVERIFY(!refused.isOk());
    QCOMPARE(ips(trunk).first().mask, 28);

    const DestinationUri d = destinations(trunk).last();
    const auto ordered = awaitApi<DestinationUri>(
        [&](QObject *c, auto cb) { return changes.changeDestinationOrder(d, 0, 3, c, cb); });
    QVERIFY2(ordered.isOk(), qPrintable(ordered.error().userMessage()));
    const DestinationUri reread = destinations(trunk).last();
    QCOMPARE(reread.priority, 0);
    QCOMPARE(reread.weight, 3);

    const Credential credential = credentials(trunk).first();
    CredentialUpdate update;
    update.friendlyName = QStringLiteral("renamed-peer");
    const auto updated = awaitApi<Credential>(
        [&](QObject *c, auto cb) { return changes.updateCredential(credential, update, c, cb); });
    QVERIFY2(updated.isOk(), qPrintable(updated.error().userMessage()));
    QCOMPARE(credentials(trunk).first().friendlyName, QStringLiteral("renamed-peer"));
}

void TestTrunkChanges::readsAndRemovesTheAlias() {
    const TrunkSid trunk = sid("test_123");
    TrunkChanges changes(m_client.get(), trunk);
    const auto read = awaitApi<QList<TrunkSetting>>(
        [&](QObject *c, auto cb) { return changes.readSettings(c, cb); });
    QVERIFY(read.isOk());
    QCOMPARE(TrunkChanges::aliasIn(read.value()), std::optional(QStringLiteral("+918047361001")));
    QSignalSpy changed(&changes, &TrunkChanges::changed);
    const auto removed = awaitApi<TrunkSetting>(
        [&](QObject *c, auto cb) { return changes.removeCallerIdAlias(c, cb); });
    QVERIFY2(removed.isOk(), qPrintable(removed.error().userMessage()));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).value<TrunkSection>(), TrunkSection::CallerId);
    const auto again = awaitApi<QList<TrunkSetting>>(
        [&](QObject *c, auto cb) { return changes.readSettings(c, cb); });
    QVERIFY(again.isOk());
    QVERIFY(!TrunkChanges::aliasIn(again.value()));
}

void TestTrunkChanges::singleEditsSayWhatChanged() {
    const TrunkSid trunk = sid("test_ui_3");
    TrunkChanges changes(m_client.get(), trunk);
    QSignalSpy changed(&changes, &TrunkChanges::changed);
    const auto mapped = awaitApi<PhoneNumber>([&](QObject *c, auto cb) {
        return changes.mapPhoneNumber(
            NewPhoneNumber{QStringLiteral("+918047369999"), NumberMode::Pstn}, c, cb);
    });
    QVERIFY(mapped.isOk());
    const auto moded = awaitApi<PhoneNumber>([&](QObject *c, auto cb) {
        return changes.changeNumberMode(mapped.value(), NumberMode::Flow, c, cb);
    });
    QVERIFY(moded.isOk());
    const auto allowed = awaitApi<WhitelistedIp>([&](QObject *c, auto cb) {
        return changes.allowIp(NewWhitelistedIp{QStringLiteral("203.0.113.7"), 32}, c, cb);
    });
    QVERIFY(allowed.isOk());
    // A refused write changes nothing and names no section.
    const auto duplicate = awaitApi<WhitelistedIp>([&](QObject *c, auto cb) {
        return changes.allowIp(NewWhitelistedIp{QStringLiteral("203.0.113.7"), 32}, c, cb);
    });
    QVERIFY(!duplicate.isOk());
    QCOMPARE(changed.size(), 3);
    QCOMPARE(changed.at(0).at(0).value<TrunkSection>(), TrunkSection::PhoneNumbers);
    QCOMPARE(changed.at(2).at(0).value<TrunkSection>(), TrunkSection::WhitelistedIps);
    QCOMPARE(numbers(trunk).first().mode, NumberMode::Flow);
}

void TestTrunkChanges::cancelStopsTheRest() {
    const TrunkSid trunk = sid("test_trunk_ui2");
    const QList<PhoneNumber> before = numbers(trunk);
    sandbox::Fault slow;
    slow.kind = sandbox::Fault::Kind::Delay;
    slow.method = QStringLiteral("DELETE");
    slow.delayMs = 3000;
    slow.times = -1;
    m_server->addFault(slow);
    TrunkChanges changes(m_client.get(), trunk);
    QSignalSpy finished(&changes, &TrunkChanges::finished);
    QVERIFY(changes.removePhoneNumbers(before));
    changes.cancel();
    QVERIFY(!changes.isRunning());
    QCOMPARE(finished.size(), 1);
    QCOMPARE(changes.failedCount(), 3);
    for (const RowResult &r : changes.results())
        QCOMPARE(r.error.kind, ApiError::Kind::Cancelled);
    m_server->clearFaults();
    // The row not yet sent stays; the aborted one may or may not have reached the server.
    QVERIFY(numbers(trunk).size() >= 2);
}

void TestTrunkChanges::unsupportedRemovesNothing() {
    m_server->setReferenceOnly(true);
    const TrunkSid trunk(QStringLiteral("trmum1c99b47f41d1f4a4d5c19au")); // test_123
    TrunkChanges changes(m_client.get(), trunk);
    QSignalSpy changed(&changes, &TrunkChanges::changed);
    QSignalSpy support(m_client.get(), &ExotelClient::supportChanged);
    QList<WhitelistedIp> rows;
    for (const char *id : {"101", "102"}) {
        WhitelistedIp ip;
        ip.id = WhitelistedIpId(QString::fromLatin1(id));
        ip.ip = QStringLiteral("52.66.10.21");
        rows << ip;
    }
    QVERIFY(changes.removeWhitelistedIps(rows));
    QVERIFY(waitDone(changes));
    QCOMPARE(changes.failedCount(), 2);
    for (const RowResult &r : changes.results())
        QCOMPARE(r.error.kind, ApiError::Kind::Unsupported);
    QVERIFY(changed.isEmpty());
    QVERIFY(!m_client->isSupported(Endpoint::RemoveWhitelistedIp));
    QVERIFY(!m_client->unsupportedReason(Endpoint::RemoveWhitelistedIp).isEmpty());
    QCOMPARE(support.size(), 1);
    // One request only: the second row was never sent.
    int deletes = 0;
    for (const sandbox::LoggedRequest &r : m_server->requestLog())
        deletes += r.method == QLatin1String("DELETE");
    QCOMPARE(deletes, 1);
    m_server->setReferenceOnly(false);
    QCOMPARE(ips(trunk).size(), 2);
}

void TestTrunkChanges::consequenceTexts() {
    PhoneNumber n;
    n.id = PhoneNumberId(QStringLiteral("1"));
    n.number = QStringLiteral("+918047361001");
    const QStringList numberLines = TrunkChangeTexts::numbersRemoved({n});
    QCOMPARE(numberLines.size(), 1);
    QVERIFY(numberLines.first().contains(
        QStringLiteral("Inbound calls to +918047361001 will no longer reach this trunk")));
    QVERIFY(numberLines.first().contains(QStringLiteral("caller ID will be refused")));

    WhitelistedIp a;
    a.id = WhitelistedIpId(QStringLiteral("1"));
    a.ip = QStringLiteral("65.0.12.44");
    WhitelistedIp b = a;
    b.id = WhitelistedIpId(QStringLiteral("2"));
    b.ip = QStringLiteral("65.0.13.0");
    b.mask = 24;
    // The last IP of a trunk without credentials: outbound calls will be refused.
    QStringList lines = TrunkChangeTexts::ipsRemoved({a, b}, {a, b}, 0);
    QVERIFY(lines.first().contains(QStringLiteral("65.0.12.44/32")));
    QVERIFY(lines.last().contains(QStringLiteral("every outbound call will be refused")));
    // With credentials, or with an IP left, no such warning.
    QVERIFY(!TrunkChangeTexts::ipsRemoved({a, b}, {a, b}, 1)
                 .last()
                 .contains(QStringLiteral("outbound call will be refused")));
    QCOMPARE(TrunkChangeTexts::ipsRemoved({a}, {a, b}, 0).size(), 1);

    DestinationUri d1;
    d1.id = DestinationUriId(QStringLiteral("1"));
    d1.destination = QStringLiteral("sip:65.0.12.44:5061;transport=tls");
    DestinationUri d2 = d1;
    d2.id = DestinationUriId(QStringLiteral("2"));
    d2.destination = QStringLiteral("sip:pbx.example.net:5061;transport=tls");
    d2.priority = 1;
    lines = TrunkChangeTexts::destinationsRemoved({d1, d2}, {d1, d2});
    QVERIFY(lines.last().contains(QStringLiteral("every inbound call to this trunk will fail")));
    lines = TrunkChangeTexts::destinationsRemoved({d1}, {d1, d2});
    QCOMPARE(lines.last(), QStringLiteral("Inbound calls go to %1.").arg(d2.destination));

    Credential c;
    c.id = CredentialId(QStringLiteral("7"));
    c.userName = QStringLiteral("ameyo_pbx");
    lines = TrunkChangeTexts::credentialsRemoved({c}, {c}, 0);
    QVERIFY(lines.first().contains(QStringLiteral("“ameyo_pbx”")));
    QVERIFY(lines.last().contains(QStringLiteral("every outbound call will be refused")));
    QVERIFY(TrunkChangeTexts::aliasRemoved(QStringLiteral("+918047361001"))
                .contains(QStringLiteral("+918047361001")));
}

void TestTrunkChanges::failoverOrderInWords() {
    DestinationUri a;
    a.id = DestinationUriId(QStringLiteral("1"));
    a.destination = QStringLiteral("sip:a:5061");
    DestinationUri b = a;
    b.id = DestinationUriId(QStringLiteral("2"));
    b.destination = QStringLiteral("sip:b:5061");
    DestinationUri c = a;
    c.id = DestinationUriId(QStringLiteral("3"));
    c.destination = QStringLiteral("sip:c:5061");
    c.priority = 5;
    // Lower priority first; equal priorities share by weight.
    const QList<DestinationUri> edited = TrunkChangeTexts::withOrder({a, b, c}, b.id, 0, 3);
    QCOMPARE(TrunkChangeTexts::failoverOrder(edited),
             QStringLiteral("Inbound calls go to sip:a:5061 (weight 1, about 25% of calls) and "
                            "sip:b:5061 (weight 3, about 75% of calls) first; if that fails, to "
                            "sip:c:5061."));
    const QList<DestinationUri> reordered = TrunkChangeTexts::withOrder({a, c}, a.id, 9, 1);
    QCOMPARE(TrunkChangeTexts::failoverOrder(reordered),
             QStringLiteral("Inbound calls go to sip:c:5061 first; if that fails, to "
                            "sip:a:5061."));
    QVERIFY(TrunkChangeTexts::failoverOrder({}).contains(QStringLiteral("fail")));
}

QTEST_MAIN(TestTrunkChanges)
#include "tst_trunkchanges.moc"
