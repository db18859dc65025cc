// The hand-off for the customer's network team: the versioned network data file (read, and
// refused when malformed), the firewall rules in three formats for a trunk's destinations, the
// go-live checklist with its bandwidth, and the "before contacting Exotel support" bundle.
#include "diagnostics/networkhandoff.h"
#include "diagnostics/supportbundle.h"

#include <QTimeZone>
#include <QtTest>

using namespace exotrunk;

namespace {

const QString kDataFile = QStringLiteral(EXOTRUNK_SOURCE_DIR "/resources/data/exotel-network.json");

DestinationUri destination(const QString &uri) {
    DestinationUri d;
    d.destination = QStringLiteral("sip:") + uri;
    return d;
}

FirewallRequest twoDestinations() {
    FirewallRequest r;
    r.trunkLabel = QStringLiteral("pbx_main (trmum1abc)");
    r.destinations = {destination(QStringLiteral("pbx.example.com:5061;transport=tls")),
                      destination(QStringLiteral("203.0.113.10:5060")),
                      destination(QStringLiteral("pbx2.example.com:5061;transport=tls"))};
    return r;
}

} // namespace

class TestNetworkHandoff : public QObject {
    Q_OBJECT

private:
    ExotelNetworkData m_data;

private slots:
    void initTestCase() {
        QString error;
        const auto data = ExotelNetworkData::load(kDataFile, &error);
        QVERIFY2(data, qPrintable(error));
        m_data = *data;
    }

    void theDataFileHoldsSection15() {
        QCOMPARE(m_data.dataVersion, 1);
        QVERIFY(!m_data.documentDate.isEmpty());
        QCOMPARE(m_data.signallingSourceIps.size(), 3);
        QCOMPARE(m_data.mediaIps(false).size(), 17);
        QVERIFY(m_data.mediaIps(true).size() > 17);
        // Addresses shared by two pools are listed once.
        QCOMPARE(m_data.mediaIps(true).count(QStringLiteral("141.148.205.58")), 1);
        QCOMPARE(m_data.mediaFirstPort, 10000);
        QCOMPARE(m_data.mediaLastPort, 40000);
        QCOMPARE(m_data.edgeFqdns.first().host, QStringLiteral("edge.mum.in.exotel.com"));
    }

    void malformedDataIsRefused_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QFile file(kDataFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray good = file.readAll();
        QTest::newRow("not JSON") << QByteArray("{\"dataVersion\": 1,") << "not valid JSON";
        QByteArray v2 = good;
        v2.replace("\"dataVersion\": 1", "\"dataVersion\": 2");
        QTest::newRow("newer version") << v2 << "version 2";
        QByteArray badIp = good;
        badIp.replace("35.154.174.161", "35.154.174.999");
        QTest::newRow("bad IP") << badIp << "35.154.174.999";
        QByteArray badPort = good;
        badPort.replace("\"first\": 10000", "\"first\": 70000");
        QTest::newRow("bad media port") << badPort << "mediaPorts";
        QByteArray noPools = good;
        noPools.replace("\"mediaPools\"", "\"mediaPoolz\"");
        QTest::newRow("missing list") << noPools << "missing";
    }
    void malformedDataIsRefused() {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!ExotelNetworkData::fromJson(json, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    void tableNamesEachDestinationPortOnce() {
        const QString table = firewallRules(m_data, twoDestinations(), FirewallFormat::Table);
        QVERIFY(table.contains(QStringLiteral("pbx_main (trmum1abc)")));
        QVERIFY(table.contains(m_data.documentDate));
        QCOMPARE(table.count(QStringLiteral("| your SIP server | 5061/tcp")), 1);
        QCOMPARE(table.count(QStringLiteral("| your SIP server | 5060/udp")), 1);
        QVERIFY(table.contains(QStringLiteral("35.154.174.161, 98.130.67.66, 129.154.231.198")));
        QVERIFY(table.contains(QStringLiteral("10000–40000/udp")));
        QVERIFY(
            table.contains(QStringLiteral("Exotel signalling IPs | your SIP server | 5061/tcp")));
        QVERIFY(table.contains(QStringLiteral("443/tls or 5070/tcp")));
        QVERIFY(table.contains(QStringLiteral("Source ports are dynamic")));
        QVERIFY(!table.contains(QStringLiteral("14.142.38.122"))); // legacy pool not asked for
        FirewallRequest legacy = twoDestinations();
        legacy.includeLegacyMedia = true;
        QVERIFY(firewallRules(m_data, legacy, FirewallFormat::Table)
                    .contains(QStringLiteral("14.142.38.122")));
    }

    void nftablesRules() {
        const QString nft = firewallRules(m_data, twoDestinations(), FirewallFormat::Nftables);
        QVERIFY(nft.contains(QStringLiteral("table inet exotel_trunk {")));
        QVERIFY(nft.contains(
            QStringLiteral("elements = { 35.154.174.161, 98.130.67.66, 129.154.231.198 }")));
        QVERIFY(nft.contains(QStringLiteral("ip saddr @exotel_signalling tcp dport 5061 accept")));
        QVERIFY(nft.contains(QStringLiteral("ip saddr @exotel_signalling udp dport 5060 accept")));
        QVERIFY(
            nft.contains(QStringLiteral("ip saddr @exotel_media udp dport 10000-40000 accept")));
        QVERIFY(
            nft.contains(QStringLiteral("ip daddr edge.mum.in.exotel.com tcp dport 443 accept")));
        QVERIFY(
            nft.contains(QStringLiteral("ip daddr edge.hyd.in.exotel.com tcp dport 5070 accept")));
        QCOMPARE(nft.count(QLatin1Char('{')), nft.count(QLatin1Char('}')));
    }

    void iptablesRulesFollowTheDirectionsAsked() {
        FirewallRequest inboundOnly = twoDestinations();
        inboundOnly.outbound = false;
        const QString rules = firewallRules(m_data, inboundOnly, FirewallFormat::Iptables);
        QVERIFY(rules.contains(
            QStringLiteral("iptables -A INPUT -p tcp -s 35.154.174.161 --dport 5061 -j ACCEPT")));
        QVERIFY(rules.contains(QStringLiteral(
            "iptables -A INPUT -p udp -s 3.6.59.115 --dport 10000:40000 -j ACCEPT")));
        QVERIFY(!rules.contains(QStringLiteral("OUTPUT")));
        FirewallRequest outboundOnly = twoDestinations();
        outboundOnly.inbound = false;
        const QString out = firewallRules(m_data, outboundOnly, FirewallFormat::Iptables);
        QVERIFY(!out.contains(QStringLiteral("INPUT")));
        QVERIFY(out.contains(QStringLiteral(
            "iptables -A OUTPUT -p tcp -d in.voip.exotel.com --dport 443 -j ACCEPT")));
    }

    void edgeNoteNamesFailover() {
        const QString note = edgeConfigurationNote(m_data);
        QVERIFY(note.contains(QStringLiteral("edge.mum.in.exotel.com (primary)")));
        QVERIFY(note.contains(QStringLiteral("edge.hyd.in.exotel.com (secondary)")));
        QVERIFY(note.contains(QStringLiteral("Failover")));
    }

    void bandwidthAndChecklist() {
        QCOMPARE(recommendedBandwidthMbps(10), 1.5);
        QCOMPARE(recommendedBandwidthMbps(100), 15.0);
        QCOMPARE(recommendedBandwidthMbps(0), 0.0);
        const QStringList checklist = goLiveChecklist(500);
        QVERIFY(checklist.join(QLatin1Char('\n')).contains(QStringLiteral("75.0 Mbps")));
        QVERIFY(checklist.join(QLatin1Char('\n')).contains(QStringLiteral("SIP ALG disabled")));
    }

    void supportBundleHasWhatSupportAsksFor() {
        SupportBundleInput in;
        in.accountSid = QStringLiteral("acme1");
        Trunk trunk;
        trunk.sid = TrunkSid(QStringLiteral("trmum1abc"));
        trunk.name = QStringLiteral("pbx_main");
        trunk.status = QStringLiteral("active");
        in.config.trunk = trunk;
        PhoneNumber number;
        number.number = QStringLiteral("+918047000001");
        number.mode = NumberMode::Flow;
        in.config.numbers = QList<PhoneNumber>{number};
        Credential credential;
        credential.userName = QStringLiteral("pbx_user");
        in.config.credentials = QList<Credential>{credential};
        ReadinessFinding finding;
        finding.docSection = QStringLiteral("§13");
        finding.reason = QStringLiteral("Inbound calls need a destination URI.");
        in.findings = {finding};
        const QDateTime at(QDate(2026, 12, 7), QTime(21, 55, 18), QTimeZone(19800));
        RequestRecord request;
        request.at = at;
        request.method = QStringLiteral("GET");
        request.path = QStringLiteral("/v2/accounts/acme1/trunks/trmum1abc/credentials");
        request.httpStatus = 200;
        request.requestId = QStringLiteral("abc123\nforged line");
        request.durationMs = 87;
        // A secret in a query never reaches the bundle, even if a caller passed one in.
        RequestRecord leaky = request;
        leaky.path = QStringLiteral("/v2/accounts/acme1/trunks?trunk_sid=trmum1abc&token=s3cr3t");
        leaky.httpStatus = 0;
        leaky.requestId.clear();
        in.requests = {request, leaky};
        in.requestsCollected = true;
        in.generatedAt = at;
        const QString text = supportBundleText(in);
        QVERIFY(text.contains(QStringLiteral("pbx_main (trmum1abc)")));
        QVERIFY(text.contains(QStringLiteral("+918047000001 (flow)")));
        QVERIFY(text.contains(QStringLiteral("pbx_user")));
        // Sections that were not loaded say so, never "(none)".
        QVERIFY(text.contains(QStringLiteral("Whitelisted IPs: (not loaded)")));
        QVERIFY(text.contains(QStringLiteral("- [§13] Inbound calls need a destination URI.")));
        QVERIFY(text.contains(QStringLiteral("2026-12-07 21:55:18 +05:30")));
        QVERIFY(text.contains(QStringLiteral(
            "GET /v2/accounts/acme1/trunks/trmum1abc/credentials  HTTP 200  87 ms  request id "
            "abc123?forged?line")));
        QVERIFY(text.contains(QStringLiteral("HTTP —")));
        QVERIFY(!text.contains(QStringLiteral("s3cr3t")));
        QVERIFY(!text.contains(QStringLiteral("\nforged line")));
        QVERIFY(text.contains(QStringLiteral("Not run.")));
        QVERIFY(text.contains(QStringLiteral("CallSID")));
        // Collected, but none about this trunk: it says so.
        in.requests.clear();
        QVERIFY(supportBundleText(in).contains(QStringLiteral("None about this trunk")));
    }

    void timestampsCarryTheirOffset() {
        QCOMPARE(timestampWithZone(QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), QTimeZone(-12600))),
                 QStringLiteral("2026-01-02 03:04:05 -03:30"));
        QCOMPARE(timestampWithZone(QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC)),
                 QStringLiteral("2026-01-02 03:04:05 +00:00"));
    }
};

QTEST_GUILESS_MAIN(TestNetworkHandoff)
#include "tst_networkhandoff.moc"
