// The live API's quirks a client must survive, as the sandbox mirrors them: trunks with an empty
// name, items no client can read, and accounts that lack one or another way of reading a trunk.
#include "httpprobe.h"
#include "sandboxfixture.h"
#include "sandboxserver.h"

#include <QJsonDocument>
#include <QtTest>

#include <memory>

using namespace exotrunk;
using namespace exotrunk::sandbox;
using namespace exotrunk::testing;

namespace {

QByteArray json(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray trunkBody(const QString &name) {
    return json({{QStringLiteral("trunk_name"), name},
                 {QStringLiteral("nso_code"), QStringLiteral("ANY-ANY")},
                 {QStringLiteral("domain_name"), QStringLiteral("ameyo5m.pstn.exotel.com")}});
}

SandboxOptions emptyOptions() {
    SandboxOptions options;
    options.seedDemoData = false;
    return options;
}

} // namespace

class TestSandboxQuirks : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<HttpProbe> m_probe;

    bool startServer(const SandboxOptions &options = {}) {
        m_probe.reset();
        m_server = startSandbox(options);
        if (!m_server)
            return false;
        m_probe = std::make_unique<HttpProbe>(*m_server);
        return true;
    }

    static void verifyNotFound(const HttpAnswer &a) {
        QCOMPARE(a.status, 404);
        QCOMPARE(a.errorCode(), 1000);
        QCOMPARE(a.errorMessage(), QStringLiteral("Not Found"));
    }

private slots:
    void cleanup() {
        m_probe.reset();
        m_server.reset();
    }

    void emptyTrunkNameIsAcceptedAsLive() {
        // The live API accepted "trunk_name": "" and lists the trunk with that empty name.
        QVERIFY(startServer(emptyOptions()));
        const HttpAnswer a = m_probe->api("POST", QStringLiteral("/trunks"), trunkBody(QString()));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.data().value(QStringLiteral("trunk_name")).toString(), QString());
        QVERIFY(a.data().value(QStringLiteral("trunk_name")).isString());
        QCOMPARE(m_probe->api("POST", QStringLiteral("/trunks"), trunkBody(QString())).status, 200);
        const HttpAnswer list = m_probe->api("GET", QStringLiteral("/trunks"));
        QCOMPARE(list.items().size(), 2);
        QCOMPARE(m_server->trunkCount(), 2);
    }

    void trunkSidNarrowsTheList() {
        QVERIFY(startServer());
        const QString sid = m_server->trunkSid(QStringLiteral("test_123"));
        const HttpAnswer one = m_probe->api("GET", QStringLiteral("/trunks?trunk_sid=") + sid);
        QCOMPARE(one.status, 200);
        QCOMPARE(one.items().size(), 1);
        QCOMPARE(
            one.items().first()[QStringLiteral("data")][QStringLiteral("trunk_sid")].toString(),
            sid);
        const HttpAnswer none = m_probe->api(
            "GET", QStringLiteral("/trunks?trunk_sid=trmum1000000000000000000000gone"));
        QCOMPARE(none.status, 200);
        QVERIFY(none.items().isEmpty());
    }

    void unreadableItemsCanBeSeeded() {
        QVERIFY(startServer(emptyOptions()));
        const QString good = m_server->addTrunkNamed(QStringLiteral("good"));
        const QString bad = m_server->addUnreadableTrunk();
        const HttpAnswer list = m_probe->api("GET", QStringLiteral("/trunks"));
        QCOMPARE(list.items().size(), 2);
        QCOMPARE(list.items().at(1)[QStringLiteral("data")][QStringLiteral("trunk_sid")].toString(),
                 bad);
        QCOMPARE(
            list.items().at(1)[QStringLiteral("data")][QStringLiteral("date_created")].toString(),
            QStringLiteral("yesterday"));
        m_server->addUnreadablePhoneNumber(good);
        const HttpAnswer numbers =
            m_probe->api("GET", QStringLiteral("/trunks/%1/phone-numbers").arg(good));
        QCOMPARE(numbers.items().size(), 1);
        QVERIFY(numbers.items()
                    .first()[QStringLiteral("data")][QStringLiteral("phone_number")]
                    .isDouble());
    }

    void trunkReadsCanBeUnsupportedOneByOne() {
        SandboxOptions options;
        options.listTrunksSupported = false;
        options.trunkSidFilterSupported = false;
        options.singleTrunkPathSupported = false;
        QVERIFY(startServer(options));
        const QString sid = m_server->trunkSid(QStringLiteral("test_123"));
        verifyNotFound(m_probe->api("GET", QStringLiteral("/trunks")));
        verifyNotFound(m_probe->api("GET", QStringLiteral("/trunks?trunk_sid=") + sid));
        verifyNotFound(m_probe->api("GET", QStringLiteral("/trunks/") + sid));
        // Its sub-resources still answer.
        QCOMPARE(m_probe->api("GET", QStringLiteral("/trunks/%1/phone-numbers").arg(sid)).status,
                 200);
    }
};

QTEST_GUILESS_MAIN(TestSandboxQuirks)
#include "tst_sandboxquirks.moc"
