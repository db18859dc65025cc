// Responsiveness: the longest event-loop stall, measured by a 1 ms heartbeat timer, while the
// 10,000-trunk list loads into the real model/proxy/view (offscreen), while it is refreshed and
// while provisioning plans run through the ProvisioningEngine. The sandbox runs in a child process,
// as a remote server would, so its own work does not count as the console's stall. The peer figure
// is the same heartbeat over an idle event loop on the same machine: what the OS scheduler alone
// costs.
//
//   bench_responsiveness [plans=10]

#include "api/exotelclient.h"
#include "benchcommon.h"
#include "trunklistmodel.h"
#include "workflows/provisioningengine.h"

#include <QApplication>
#include <QEventLoop>
#include <QTableView>

using namespace exotrunk;
using namespace exotrunk::bench;

namespace {

ClientConfig configFor(const QUrl &url) {
    const sandbox::SandboxOptions defaults;
    ClientConfig config;
    config.baseUrl = url;
    config.accountSid = defaults.accountSid;
    config.apiKey = defaults.apiKey;
    config.apiToken = defaults.apiToken;
    return config;
}

void spinUntil(const std::function<bool()> &done, int limitMs = 120000) {
    QElapsedTimer guard;
    guard.start();
    while (!done() && guard.elapsed() < limitMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
}

ProvisioningRequest bothDirections(int run) {
    ProvisioningRequest r;
    r.useCase = UseCase::BothDirections;
    r.trunkName = QStringLiteral("resp_%1").arg(run);
    r.number = QStringLiteral("+9180472%1").arg(20000 + run);
    r.numberMode = NumberMode::Pstn;
    r.alias = r.number;
    r.whitelist = NewWhitelistedIp{QStringLiteral("203.0.113.%1").arg(10 + run), 32};
    r.destinations << NewDestination{r.whitelist->ip, 5061, Transport::Tls};
    r.credential =
        NewCredential{QStringLiteral("resp_user"), generatePassword(), QStringLiteral("bench")};
    return r;
}

void report(const char *what, const Heartbeat &beat, double idleMax) {
    out() << "  " << what << ": longest stall " << fmt(beat.maxGapMs(), 2) << " ms, p99 gap "
          << fmt(beat.gapPercentileMs(99), 2) << " ms (" << beat.beats() << " beats)   idle peer "
          << fmt(idleMax, 2) << " ms, ratio " << fmt(idleMax > 0 ? beat.maxGapMs() / idleMax : 0, 2)
          << "x   (target < 16 ms)" << Qt::endl;
}

} // namespace

int main(int argc, char *argv[]) {
    const int served = serveIfAsked(argc, argv);
    if (served >= 0)
        return served;
    QApplication app(argc, argv);
    const int plans = argc >= 2 ? std::max(1, QByteArray(argv[1]).toInt()) : 10;

    Heartbeat beat;
    out() << "Responsiveness (1 ms heartbeat; longest gap between beats)" << Qt::endl;

    // Peer: the idle loop for 3 s.
    beat.start();
    spinUntil([] { return false; }, 3000);
    beat.stop();
    const double idleMax = beat.maxGapMs();
    out() << "  idle event loop (3 s): longest gap " << fmt(idleMax, 2) << " ms, p99 "
          << fmt(beat.gapPercentileMs(99), 2) << " ms" << Qt::endl;

    {
        SandboxProcess sandbox;
        if (!sandbox.start(9994, 200)) {
            out() << "the sandbox did not start" << Qt::endl;
            return 1;
        }
        ExotelClient client(configFor(sandbox.baseUrl()));
        TrunkListModel model;
        // As the dashboard asks; BENCH_PAGE_SIZE compares another size.
        model.setPageSize(qEnvironmentVariableIsSet("BENCH_PAGE_SIZE")
                              ? qEnvironmentVariableIntValue("BENCH_PAGE_SIZE")
                              : TrunkListModel::LargePageSize);
        TrunkFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QTableView view;
        view.setModel(&proxy);
        view.setSortingEnabled(true);
        view.resize(1200, 800);
        view.show();
        spinUntil([] { return false; }, 300);
        beat.start();
        model.setClient(&client, nullptr);
        model.refresh();
        spinUntil(
            [&] { return model.state() != TrunkListModel::State::Loading && !model.isBusy(); });
        beat.stop();
        if (model.state() != TrunkListModel::State::Loaded) {
            out() << "  the 10,000-trunk load did not complete" << Qt::endl;
            return 1;
        }
        report("10,000-trunk list load ", beat, idleMax);

        // A refresh lists the same 10,000 again and merges them into the rows on screen.
        beat.start();
        model.refresh();
        spinUntil([&] { return !model.isBusy(); });
        beat.stop();
        if (model.state() != TrunkListModel::State::Loaded || model.rowCount() != 10000) {
            out() << "  the 10,000-trunk refresh did not complete" << Qt::endl;
            return 1;
        }
        report("10,000-trunk refresh   ", beat, idleMax);
    }
    {
        SandboxProcess sandbox;
        if (!sandbox.start(0, 200, 20)) {
            out() << "the sandbox did not start" << Qt::endl;
            return 1;
        }
        ExotelClient client(configFor(sandbox.baseUrl()));
        int finished = 0;
        int failed = 0;
        beat.start();
        for (int run = 0; run < plans; ++run) {
            ProvisioningEngine engine(&client, nullptr);
            bool done = false;
            QObject::connect(&engine, &ProvisioningEngine::finished, &engine, [&] {
                done = true;
                ++finished;
            });
            QObject::connect(&engine, &ProvisioningEngine::needsDecision, &engine, [&] {
                done = true;
                ++failed;
            });
            engine.start(ProvisioningPlan::build(bothDirections(run), client.config().accountSid));
            spinUntil([&] { return done; }, 60000);
        }
        beat.stop();
        if (finished != plans) {
            out() << "  provisioning: " << failed << " of " << plans << " plans did not finish"
                  << Qt::endl;
            return 1;
        }
        QByteArray label = QByteArray::number(plans) + " provisioning plans (20 ms latency)";
        report(label.constData(), beat, idleMax);
    }
    return 0;
}
