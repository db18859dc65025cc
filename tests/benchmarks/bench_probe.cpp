// Reachability probe: 10 destinations on 127.0.0.1, 5 of which never answer (3 silent UDP
// ports, 2 TCP listeners that accept and stay silent), 5 that answer OPTIONS (2 UDP, 2 TCP and
// 1 TLS with a generated certificate, trusted through the caller's extra CA). Prints the wall
// time against the longest single timeout (what a parallel probe should take) and the sum of
// the silent destinations' timeouts (what probing one after another would take), and the
// longest event-loop stall (1 ms heartbeat) while the probe runs in its dialog (offscreen), against
// the probe alone and an idle loop. The first TLS run also reads the system's CA store (on a
// thread), as the console's first probe with an extra CA does.
//
//   bench_probe [sip_timeout_ms=2000] [runs=3]

#include "api/tlstrust.h"
#include "benchcommon.h"
#include "probepeers.h"
#include "testcertificates.h"
#include "trunkdetails/probedialog.h"

#include <QApplication>

#include <memory>

using namespace exotrunk;
using namespace exotrunk::bench;
using namespace exotrunk::testing;

namespace {

ProbeTarget target(int port, Transport transport) {
    ProbeTarget t;
    t.host = QStringLiteral("127.0.0.1");
    t.port = port;
    t.transport = transport;
    t.uri = QStringLiteral("sip:") + NewDestination{t.host, port, transport}.toUriString();
    return t;
}

void spinFor(int ms) {
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
}

struct Run {
    qint64 wallMs = 0;
    double stallMs = 0;
    double p99Ms = 0;
    int reachable = 0;
};

// Runs the probe once, in its dialog or (the peer) bare, and times the event loop meanwhile.
Run runOnce(const QList<ProbeTarget> &targets, const ProbeTimeouts &timeouts,
            const QList<QSslCertificate> &extraCas, Heartbeat &beat, bool inDialog) {
    std::unique_ptr<ui::ProbeDialog> dialog;
    std::unique_ptr<ReachabilityProbe> bare;
    ReachabilityProbe *probe = nullptr;
    if (inDialog) {
        dialog = std::make_unique<ui::ProbeDialog>(targets);
        dialog->show();
        spinFor(200); // the dialog's first paint is not the probe's
        probe = dialog->probe();
    } else {
        bare = std::make_unique<ReachabilityProbe>();
        probe = bare.get();
    }
    probe->setTimeouts(timeouts);
    probe->setExtraCaCertificates(extraCas);
    Run run;
    bool done = false;
    QObject::connect(probe, &ReachabilityProbe::finished, [&done] { done = true; });
    QElapsedTimer wall;
    beat.start();
    wall.start();
    if (dialog)
        dialog->run();
    else
        probe->start(targets);
    while (!done && wall.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    run.wallMs = wall.elapsed();
    beat.stop();
    run.stallMs = beat.maxGapMs();
    run.p99Ms = beat.gapPercentileMs(99);
    for (const ProbeResult &result : probe->results())
        run.reachable += result.reachable() ? 1 : 0;
    return run;
}

void report(const char *what, int i, const Run &run, int sipMs) {
    out() << "  run " << (i + 1) << ", " << what << ": wall " << run.wallMs << " ms ("
          << fmt(double(run.wallMs) / sipMs, 2) << "x the longest timeout, "
          << fmt(double(run.wallMs) / (5.0 * sipMs), 2) << "x the sum); answered " << run.reachable
          << "/10; longest stall " << fmt(run.stallMs, 2) << " ms, p99 gap " << fmt(run.p99Ms, 2)
          << " ms (target < 16 ms)" << Qt::endl;
}

} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    const int sipMs = argc >= 2 ? std::max(100, QByteArray(argv[1]).toInt()) : 2000;
    const int runs = argc >= 3 ? std::max(1, QByteArray(argv[2]).toInt()) : 3;

    TestCertificates certificates;
    const QString problem = certificates.create();
    QString tlsProblem;
    const std::optional<QSslConfiguration> serverTls =
        problem.isEmpty() ? sandbox::serverTlsConfiguration(certificates.trusted(), &tlsProblem)
                          : std::nullopt;
    if (!serverTls) {
        out() << "certificates: " << problem << tlsProblem << Qt::endl;
        return 1;
    }
    QString caProblem;
    const QList<QSslCertificate> testCa =
        tls::readCaCertificates(certificates.caFile(), &caProblem);

    std::vector<std::unique_ptr<UdpPeer>> udp;
    std::vector<std::unique_ptr<StreamPeer>> tcp;
    QList<ProbeTarget> targets;
    for (int i = 0; i < 3; ++i) { // silent
        udp.push_back(std::make_unique<UdpPeer>(true));
        targets << target(udp.back()->port(), Transport::Udp);
    }
    for (int i = 0; i < 2; ++i) {
        tcp.push_back(std::make_unique<StreamPeer>(true));
        targets << target(tcp.back()->port(), Transport::Tcp);
    }
    for (int i = 0; i < 2; ++i) { // answering
        udp.push_back(std::make_unique<UdpPeer>(false));
        targets << target(udp.back()->port(), Transport::Udp);
        tcp.push_back(std::make_unique<StreamPeer>(false));
        targets << target(tcp.back()->port(), Transport::Tcp);
    }
    if (qEnvironmentVariableIsSet("BENCH_NO_TLS")) {
        tcp.push_back(std::make_unique<StreamPeer>(false));
        targets << target(tcp.back()->port(), Transport::Tcp);
    } else {
        tcp.push_back(std::make_unique<StreamPeer>(false, serverTls));
        targets << target(tcp.back()->port(), Transport::Tls);
    }

    ProbeTimeouts timeouts;
    timeouts.dnsMs = 1000;
    timeouts.connectMs = 1000;
    timeouts.tlsMs = 1000;
    timeouts.sipMs = sipMs;

    Heartbeat beat;
    beat.start();
    spinFor(2000);
    beat.stop();
    const double idle = beat.maxGapMs();

    out() << "Reachability probe: 10 destinations on 127.0.0.1, 5 never answer; OPTIONS timeout "
          << sipMs << " ms" << Qt::endl;
    out() << "  longest single timeout: " << sipMs
          << " ms   sum of the silent ones' timeouts: " << 5 * sipMs << " ms" << Qt::endl;
    out() << "  idle event loop (2 s): longest gap " << fmt(idle, 2) << " ms" << Qt::endl;
    for (int i = 0; i < runs; ++i) {
        report("probe alone", i, runOnce(targets, timeouts, testCa, beat, false), sipMs);
        report("in its dialog", i, runOnce(targets, timeouts, testCa, beat, true), sipMs);
    }
    return 0;
}
