// The reachability probe against real peers on 127.0.0.1 only: SIPp answering OPTIONS over UDP
// and TCP, a TLS responder with generated certificates (trusted, expired, wrong host name, from
// an unknown authority), a closed port, and peers that never answer. Then parallelism (every
// destination starts before the first one ends), Cancel, and SRV for a URI without a port (a stub
// DNS server on 127.0.0.153). No assertion reads the wall clock.
#include "api/tlstrust.h"
#include "diagnostics/reachabilityprobe.h"
#include "diagnostics/sipoptions.h"
#include "probepeers.h"
#include "testcertificates.h"

#include <QSignalSpy>
#include <QtTest>

#include <algorithm>
#include <limits>

using namespace exotrunk;
using namespace exotrunk::testing;

namespace {

constexpr int kWaitMs = 30000;

ProbeTarget target(const QString &host, int port, Transport transport) {
    NewDestination destination{host, port, transport};
    DestinationUri uri;
    uri.destination = QStringLiteral("sip:") + destination.toUriString();
    return ProbeTarget::fromDestination(uri);
}

ProbeTimeouts shortTimeouts(int sipMs = 1500) {
    ProbeTimeouts t;
    t.dnsMs = 3000;
    t.connectMs = 3000;
    t.tlsMs = 3000;
    t.sipMs = sipMs;
    return t;
}

const ProbeStep &step(const ProbeResult &result, ProbeStepKind kind) {
    static const ProbeStep none;
    const auto it = std::find_if(result.steps.cbegin(), result.steps.cend(),
                                 [kind](const ProbeStep &s) { return s.kind == kind; });
    return it == result.steps.cend() ? none : *it;
}

QString describe(const ProbeResult &result) {
    QStringList lines{result.target.uri};
    for (const ProbeStep &s : result.steps)
        lines << QStringLiteral("  %1: %2 — %3").arg(s.name(), outcomeText(s.outcome), s.detail);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class ReachabilityProbeTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void optionsRequestIsWellFormed();
    void responsesAreParsed();
    void sippAnswersOverUdp();
    void sippAnswersOverTcp();
    void tlsHandshake_data();
    void tlsHandshake();
    void aClosedPortIsRefused();
    void silentPeersTimeOutWithinTheStepTimeout();
    void destinationsRunInParallel();
    void cancelStopsEverything();
    void summarySaysWhereItWasMeasured();
    void aUriWithoutPortFollowsSrv();

private:
    QList<ProbeResult> runProbe(const QList<ProbeTarget> &targets, const ProbeTimeouts &timeouts,
                                const QList<QSslCertificate> &extraCas = {});
    TestCertificates m_certificates;
    QList<QSslCertificate> m_testCa;
};

void ReachabilityProbeTest::initTestCase() {
    const QString problem = m_certificates.create();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QString caProblem;
    m_testCa = tls::readCaCertificates(m_certificates.caFile(), &caProblem);
    QVERIFY2(!m_testCa.isEmpty(), qPrintable(caProblem));
    // A required dependency, not an optional one: fail, never skip.
    if (QStandardPaths::findExecutable(QStringLiteral("sipp")).isEmpty())
        QFAIL("sipp is not installed (Debian package sip-tester; packaging/install-deps.sh)");
}

QList<ProbeResult> ReachabilityProbeTest::runProbe(const QList<ProbeTarget> &targets,
                                                   const ProbeTimeouts &timeouts,
                                                   const QList<QSslCertificate> &extraCas) {
    ReachabilityProbe probe;
    probe.setTimeouts(timeouts);
    probe.setExtraCaCertificates(extraCas);
    QSignalSpy finished(&probe, &ReachabilityProbe::finished);
    QSignalSpy progress(&probe, &ReachabilityProbe::progress);
    probe.start(targets);
    if (!QTest::qWaitFor([&] { return finished.count() > 0; }, kWaitMs)) {
        QTest::qFail("the probe did not finish", __FILE__, __LINE__);
        return {};
    }
    if (finished.count() != 1 || progress.isEmpty() ||
        progress.last().at(0).toInt() != int(targets.size()))
        QTest::qFail("progress did not reach the total exactly once", __FILE__, __LINE__);
    for (const ProbeResult &result : probe.results()) {
        if (result.steps.size() != 4 || !result.finished())
            QTest::qFail(qPrintable(describe(result)), __FILE__, __LINE__);
    }
    return probe.results();
}

void ReachabilityProbeTest::optionsRequestIsWellFormed() {
    sip::OptionsRequest request = sip::OptionsRequest::fresh();
    request.targetHost = QStringLiteral("pbx.example.com");
    request.targetPort = 5061;
    request.transport = Transport::Tls;
    request.localAddress = QStringLiteral("192.0.2.7");
    request.localPort = 40000;
    const QByteArray bytes = request.toBytes();
    QVERIFY2(bytes.startsWith("OPTIONS sip:pbx.example.com:5061;transport=tls SIP/2.0\r\n"),
             bytes.constData());
    QVERIFY(request.branch.startsWith("z9hG4bK"));
    QVERIFY(bytes.contains("\r\nVia: SIP/2.0/TLS 192.0.2.7:40000;branch=" + request.branch));
    QVERIFY(bytes.contains("\r\nMax-Forwards: 70\r\n"));
    QVERIFY(bytes.contains("\r\nFrom: <sip:probe@192.0.2.7>;tag=" + request.fromTag + "\r\n"));
    QVERIFY(bytes.contains("\r\nTo: <sip:pbx.example.com:5061>\r\n"));
    QVERIFY(bytes.contains("\r\nCall-ID: " + request.callId));
    QVERIFY(bytes.contains("\r\nCSeq: 1 OPTIONS\r\n"));
    QVERIFY(bytes.contains("\r\nContact: <sip:probe@192.0.2.7:40000;transport=tls>\r\n"));
    QVERIFY(bytes.endsWith("\r\nContent-Length: 0\r\n\r\n"));
    // Two requests never share a branch or a Call-ID.
    const sip::OptionsRequest other = sip::OptionsRequest::fresh();
    QVERIFY(other.branch != request.branch && other.callId != request.callId);
    // UDP: bare URI; IPv6 in brackets.
    request.transport = Transport::Udp;
    request.targetHost = QStringLiteral("2001:db8::1");
    QVERIFY(request.toBytes().startsWith("OPTIONS sip:[2001:db8::1]:5061 SIP/2.0\r\n"));
}

void ReachabilityProbeTest::responsesAreParsed() {
    const QByteArray answer = "SIP/2.0 403 Forbidden\r\nVia: x\r\ni: abc@h\r\nCSeq: 7 options\r\n"
                              "l: 5\r\n\r\nhello+extra";
    const auto parsed = sip::parseResponse(answer);
    QVERIFY(parsed);
    QCOMPARE(parsed->status, 403);
    QCOMPARE(parsed->reason, QStringLiteral("Forbidden"));
    QCOMPARE(parsed->callId, QByteArray("abc@h"));
    QCOMPARE(parsed->cseqMethod, QByteArray("OPTIONS"));
    QCOMPARE(sip::completeMessageLength(answer), answer.indexOf("hello") + 5);
    QCOMPARE(sip::completeMessageLength("SIP/2.0 200 OK\r\nContent-Length: 0\r\n"), 0);
    QVERIFY(!sip::parseResponse("OPTIONS sip:x SIP/2.0\r\n\r\n"));
    QVERIFY(!sip::parseResponse("SIP/2.0 999 Nope\r\n\r\n"));
    QVERIFY(!sip::parseResponse("HTTP/1.1 200 OK\r\n\r\n"));
}

void ReachabilityProbeTest::sippAnswersOverUdp() {
    Sipp sipp;
    const QString problem = sipp.start(QStringLiteral("u1"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // The same peer by address and by name (localhost, from /etc/hosts: no DNS traffic).
    const QList<ProbeResult> results =
        runProbe({target(QStringLiteral("127.0.0.1"), sipp.port(), Transport::Udp),
                  target(QStringLiteral("localhost"), sipp.port(), Transport::Udp)},
                 shortTimeouts(5000));
    QCOMPARE(results.size(), 2);
    for (const ProbeResult &result : results) {
        QVERIFY2(result.reachable(), qPrintable(describe(result) + sipp.output()));
        QCOMPARE(result.sipStatus, 200);
        QVERIFY(result.sipRoundTripMs >= 0);
        QCOMPARE(step(result, ProbeStepKind::TcpConnect).outcome, ProbeOutcome::Skipped);
        QCOMPARE(step(result, ProbeStepKind::TlsHandshake).outcome, ProbeOutcome::Skipped);
        QCOMPARE(step(result, ProbeStepKind::SipOptions).outcome, ProbeOutcome::Ok);
        QVERIFY(step(result, ProbeStepKind::SipOptions).detail.contains(QLatin1String("200 OK")));
        QCOMPARE(result.address, QStringLiteral("127.0.0.1:%1").arg(sipp.port()));
    }
    QCOMPARE(step(results[0], ProbeStepKind::Dns).outcome, ProbeOutcome::Skipped);
    QCOMPARE(step(results[1], ProbeStepKind::Dns).outcome, ProbeOutcome::Ok);
    QVERIFY(step(results[1], ProbeStepKind::Dns).detail.contains(QLatin1String("127.0.0.1")));
}

void ReachabilityProbeTest::sippAnswersOverTcp() {
    Sipp sipp;
    const QString problem = sipp.start(QStringLiteral("t1"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QList<ProbeResult> results = runProbe(
        {target(QStringLiteral("127.0.0.1"), sipp.port(), Transport::Tcp)}, shortTimeouts(5000));
    QCOMPARE(results.size(), 1);
    const ProbeResult &result = results.first();
    QVERIFY2(result.reachable(), qPrintable(describe(result) + sipp.output()));
    QCOMPARE(step(result, ProbeStepKind::TcpConnect).outcome, ProbeOutcome::Ok);
    QCOMPARE(step(result, ProbeStepKind::TlsHandshake).outcome, ProbeOutcome::Skipped);
    QCOMPARE(result.sipStatus, 200);
}

void ReachabilityProbeTest::tlsHandshake_data() {
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<bool>("trustTestCa");
    QTest::addColumn<bool>("handshakeOk");
    QTest::addColumn<QString>("detailSays");
    QTest::newRow("valid") << "trusted" << true << true << "expires on";
    QTest::newRow("expired") << "expired" << true << false << "expired on";
    QTest::newRow("wrong host name") << "wrong" << true << false << "wrong.example.com";
    QTest::newRow("unknown authority") << "trusted" << false << false << "not trusted";
}

void ReachabilityProbeTest::tlsHandshake() {
    QFETCH(QString, certificate);
    QFETCH(bool, trustTestCa);
    QFETCH(bool, handshakeOk);
    QFETCH(QString, detailSays);
    const sandbox::TlsFiles files =
        certificate == QLatin1String("expired") ? m_certificates.expired()
        : certificate == QLatin1String("wrong") ? m_certificates.wrongHost()
                                                : m_certificates.trusted();
    QString problem;
    const std::optional<QSslConfiguration> server =
        sandbox::serverTlsConfiguration(files, &problem);
    QVERIFY2(server, qPrintable(problem));
    StreamPeer peer(false, server);
    QVERIFY(peer.isListening());
    const QList<ProbeResult> results =
        runProbe({target(QStringLiteral("127.0.0.1"), peer.port(), Transport::Tls)},
                 shortTimeouts(5000), trustTestCa ? m_testCa : QList<QSslCertificate>{});
    QCOMPARE(results.size(), 1);
    const ProbeResult &result = results.first();
    const ProbeStep &handshake = step(result, ProbeStepKind::TlsHandshake);
    QCOMPARE(step(result, ProbeStepKind::TcpConnect).outcome, ProbeOutcome::Ok);
    QVERIFY2(handshake.detail.contains(detailSays), qPrintable(describe(result)));
    if (handshakeOk) {
        QCOMPARE(handshake.outcome, ProbeOutcome::Ok);
        QVERIFY(result.certificateDaysLeft.has_value());
        QVERIFY2(*result.certificateDaysLeft >= 28 && *result.certificateDaysLeft <= 30,
                 qPrintable(QString::number(*result.certificateDaysLeft)));
        QCOMPARE(result.sipStatus, 200);
        QVERIFY(result.reachable());
    } else {
        QCOMPARE(handshake.outcome, ProbeOutcome::Failed);
        QCOMPARE(step(result, ProbeStepKind::SipOptions).outcome, ProbeOutcome::Skipped);
        QVERIFY(!result.reachable());
    }
    if (certificate == QLatin1String("expired"))
        QVERIFY(result.certificateDaysLeft && *result.certificateDaysLeft < 0);
}

void ReachabilityProbeTest::aClosedPortIsRefused() {
    const int closed = freePort();
    QVERIFY(closed > 0);
    const QList<ProbeResult> results =
        runProbe({target(QStringLiteral("127.0.0.1"), closed, Transport::Tcp),
                  target(QStringLiteral("127.0.0.1"), closed, Transport::Udp)},
                 shortTimeouts(5000));
    QCOMPARE(results.size(), 2);
    const ProbeStep &tcp = step(results[0], ProbeStepKind::TcpConnect);
    QCOMPARE(tcp.outcome, ProbeOutcome::Failed);
    QVERIFY2(tcp.detail.contains(QLatin1String("refused")), qPrintable(tcp.detail));
    QCOMPARE(step(results[0], ProbeStepKind::SipOptions).outcome, ProbeOutcome::Skipped);
    // A connected UDP socket hears the loopback's "port unreachable".
    const ProbeStep &udp = step(results[1], ProbeStepKind::SipOptions);
    QCOMPARE(udp.outcome, ProbeOutcome::Failed);
    QVERIFY2(udp.detail.contains(QLatin1String("closed")), qPrintable(udp.detail));
}

void ReachabilityProbeTest::silentPeersTimeOutWithinTheStepTimeout() {
    UdpPeer silentUdp(true);
    StreamPeer silentTcp(true);
    const int sipMs = 1200;
    const QList<ProbeResult> results =
        runProbe({target(QStringLiteral("127.0.0.1"), silentUdp.port(), Transport::Udp),
                  target(QStringLiteral("127.0.0.1"), silentTcp.port(), Transport::Tcp)},
                 shortTimeouts(sipMs));
    QCOMPARE(results.size(), 2);
    for (const ProbeResult &result : results) {
        const ProbeStep &options = step(result, ProbeStepKind::SipOptions);
        QCOMPARE(options.outcome, ProbeOutcome::TimedOut);
        // Ended by its own timer (never earlier), and named as a timeout a person can act on.
        QVERIFY2(options.durationMs >= sipMs - 50, qPrintable(describe(result)));
        QVERIFY(options.detail.contains(QLatin1String("No answer")) ||
                options.detail.contains(QLatin1String("no answer")));
        QCOMPARE(result.sipStatus, 0);
    }
    QCOMPARE(step(results[1], ProbeStepKind::TcpConnect).outcome, ProbeOutcome::Ok);
    QCOMPARE(silentTcp.accepted(), 1);
    // UDP retransmitted within the step (T1 = 500 ms: sent at 0 and 500 ms, next at 1.5 s).
    QVERIFY2(step(results[0], ProbeStepKind::SipOptions)
                 .detail.contains(QLatin1String("requests sent: 2")),
             qPrintable(step(results[0], ProbeStepKind::SipOptions).detail));
}

void ReachabilityProbeTest::destinationsRunInParallel() {
    UdpPeer udp1(true), udp2(true), udp3(true);
    StreamPeer tcp1(true), tcp2(true);
    const QList<ProbeResult> results =
        runProbe({target(QStringLiteral("127.0.0.1"), udp1.port(), Transport::Udp),
                  target(QStringLiteral("127.0.0.1"), udp2.port(), Transport::Udp),
                  target(QStringLiteral("127.0.0.1"), udp3.port(), Transport::Udp),
                  target(QStringLiteral("127.0.0.1"), tcp1.port(), Transport::Tcp),
                  target(QStringLiteral("127.0.0.1"), tcp2.port(), Transport::Tcp)},
                 shortTimeouts(1000));
    QCOMPARE(results.size(), 5);
    qint64 lastStart = -1;
    qint64 firstEnd = std::numeric_limits<qint64>::max();
    for (const ProbeResult &result : results) {
        QCOMPARE(step(result, ProbeStepKind::SipOptions).outcome, ProbeOutcome::TimedOut);
        lastStart = std::max(lastStart, result.startedAtMs);
        firstEnd = std::min(firstEnd, result.finishedAtMs);
    }
    // Every destination had started before the first one ended: they ran side by side.
    QVERIFY2(lastStart < firstEnd,
             qPrintable(
                 QStringLiteral("last start %1 ms, first end %2 ms").arg(lastStart).arg(firstEnd)));
}

void ReachabilityProbeTest::cancelStopsEverything() {
    UdpPeer silentUdp(true);
    StreamPeer silentTcp(true);
    ReachabilityProbe probe;
    probe.setTimeouts(shortTimeouts(60000));
    QSignalSpy finished(&probe, &ReachabilityProbe::finished);
    QSignalSpy steps(&probe, &ReachabilityProbe::stepFinished);
    probe.start({target(QStringLiteral("127.0.0.1"), silentUdp.port(), Transport::Udp),
                 target(QStringLiteral("127.0.0.1"), silentTcp.port(), Transport::Tcp)});
    QVERIFY(probe.isRunning());
    // Both are waiting for OPTIONS answers: UDP's first three steps and TCP's connect are done.
    QTRY_VERIFY_WITH_TIMEOUT(silentTcp.open() == 1 && steps.count() >= 6, kWaitMs);
    probe.cancel();
    QCOMPARE(finished.count(), 1);
    QVERIFY(!probe.isRunning());
    QVERIFY(probe.wasCancelled());
    for (const ProbeResult &result : probe.results()) {
        QVERIFY(result.finished());
        QCOMPARE(result.steps.size(), 4);
        QCOMPARE(step(result, ProbeStepKind::SipOptions).outcome, ProbeOutcome::Cancelled);
    }
    QVERIFY(probe.summary().contains(QLatin1String("Cancelled")));
    // The probe's connection is gone: the silent peer sees it closed.
    QTRY_COMPARE_WITH_TIMEOUT(silentTcp.open(), 0, kWaitMs);
    // Nothing fires later.
    QTest::qWait(100);
    QCOMPARE(finished.count(), 1);
}

void ReachabilityProbeTest::summarySaysWhereItWasMeasured() {
    ReachabilityProbe probe;
    QSignalSpy finished(&probe, &ReachabilityProbe::finished);
    probe.start({});
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(probe.summary().contains(QLatin1String("Measured from this computer")));
    QVERIFY(probe.summary().contains(QLatin1String("not from Exotel's edge")));
}

// RFC 3263: a URI without a port asks DNS for _sip._udp (_sip._tcp, _sips._tcp) first. A stub
// DNS server on 127.0.0.153 publishes the SRV record, pointing at localhost and a SIP peer's port;
// a name without a record falls back to the transport's default port, and says so.
void ReachabilityProbeTest::aUriWithoutPortFollowsSrv() {
    UdpPeer peer(false);
    DnsStub dns(QStringLiteral("_sip._udp.pbx.probe.test"), QStringLiteral("localhost"),
                peer.port());
    if (!dns.listening())
        QSKIP("cannot bind 127.0.0.153:53 (needs root or CAP_NET_BIND_SERVICE); the SRV path "
              "is then untested here, its fallback is the default port");
    const auto parsed = [](const char *uri) {
        DestinationUri destination;
        destination.destination = QString::fromLatin1(uri);
        return ProbeTarget::fromDestination(destination);
    };
    const ProbeTarget srv = parsed("sip:pbx.probe.test;transport=udp");
    const ProbeTarget none = parsed("sip:localhost;transport=tcp");
    QCOMPARE(srv.port, 0);
    QCOMPARE(none.port, 0);

    ReachabilityProbe probe;
    probe.setTimeouts(shortTimeouts());
    probe.setSrvNameserver(DnsStub::kAddress);
    QSignalSpy finished(&probe, &ReachabilityProbe::finished);
    probe.start({srv, none});
    QVERIFY(QTest::qWaitFor([&] { return finished.count() > 0; }, kWaitMs));
    const ProbeResult &found = probe.results().at(0);
    QVERIFY2(found.reachable(), qPrintable(describe(found)));
    QCOMPARE(found.address, QStringLiteral("127.0.0.1:%1").arg(peer.port()));
    QVERIFY(
        step(found, ProbeStepKind::Dns)
            .detail.contains(QStringLiteral("SRV _sip._udp.pbx.probe.test points to localhost:%1")
                                 .arg(peer.port())));
    const ProbeResult &fallback = probe.results().at(1);
    QCOMPARE(step(fallback, ProbeStepKind::Dns).outcome, ProbeOutcome::Ok);
    QVERIFY2(step(fallback, ProbeStepKind::Dns)
                 .detail.contains(QStringLiteral(
                     "No SRV record _sip._tcp.localhost, so the default port 5060 is used.")),
             qPrintable(describe(fallback)));
    QVERIFY(fallback.address.endsWith(QStringLiteral(":5060")));
    QVERIFY(dns.queries() >= 2);
}

QTEST_GUILESS_MAIN(ReachabilityProbeTest)
#include "tst_reachabilityprobe.moc"
