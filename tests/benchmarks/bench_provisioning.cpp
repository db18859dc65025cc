// Wall time of the "Both directions" plan through the ProvisioningEngine against the same
// six calls made one after another, as the vendor's curl recipe does. The sandbox adds a fixed
// latency to every answer so that round trips dominate, like on the real network.
//
//   bench_provisioning [latency_ms=100] [runs=5]

#include "api/exotelclient.h"
#include "sandboxfixture.h"
#include "workflows/provisioningengine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <functional>

using namespace exotrunk;

namespace {

ProvisioningRequest bothDirections(const QString &name, int run) {
    ProvisioningRequest r;
    r.useCase = UseCase::BothDirections;
    r.trunkName = name;
    r.number = QStringLiteral("+9180471%1").arg(20000 + run);
    r.numberMode = NumberMode::Pstn;
    r.alias = r.number;
    r.whitelist = NewWhitelistedIp{QStringLiteral("203.0.113.%1").arg(10 + run), 32};
    r.destinations << NewDestination{r.whitelist->ip, 5061, Transport::Tls};
    r.credential =
        NewCredential{QStringLiteral("bench_user"), generatePassword(), QStringLiteral("bench")};
    return r;
}

// Runs `step` and spins the event loop until it calls `done`. False on a 60 s stall.
bool await(const std::function<void(std::function<void(bool)>)> &step) {
    QEventLoop loop;
    bool ok = false;
    bool finished = false;
    step([&](bool success) {
        ok = success;
        finished = true;
        loop.quit();
    });
    if (!finished) {
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return finished && ok;
}

qint64 runEngine(ExotelClient &client, const ProvisioningRequest &request, bool *ok) {
    ProvisioningEngine engine(&client, nullptr);
    QElapsedTimer timer;
    timer.start();
    *ok = await([&](std::function<void(bool)> done) {
        QObject::connect(&engine, &ProvisioningEngine::finished, [done] { done(true); });
        QObject::connect(&engine, &ProvisioningEngine::needsDecision, [done] { done(false); });
        engine.start(ProvisioningPlan::build(request, client.config().accountSid));
    });
    return timer.elapsed();
}

// The vendor recipe: create, map number, whitelist, destination, credentials, alias — each
// waiting for the previous answer.
qint64 runSequential(ExotelClient &client, const ProvisioningRequest &r, bool *ok) {
    QObject context;
    QElapsedTimer timer;
    timer.start();
    TrunkSid sid;
    *ok = true;
    auto check = [&](bool success) {
        *ok = *ok && success;
    };
    NewTrunk t;
    t.name = r.trunkName;
    t.domainName = NewTrunk::domainFor(client.config().accountSid);
    check(await([&](auto done) {
        client.createTrunk(t, &context, [&, done](const ApiResult<Trunk> &res) {
            if (res.isOk())
                sid = res.value().sid;
            done(res.isOk());
        });
    }));
    check(await([&](auto done) {
        client.mapPhoneNumber(sid, NewPhoneNumber{r.number, r.numberMode}, &context,
                              [done](const auto &res) { done(res.isOk()); });
    }));
    check(await([&](auto done) {
        client.whitelistIp(sid, *r.whitelist, &context,
                           [done](const auto &res) { done(res.isOk()); });
    }));
    check(await([&](auto done) {
        client.addDestinationUris(sid, r.destinations, &context,
                                  [done](const auto &res) { done(res.isOk()); });
    }));
    check(await([&](auto done) {
        client.createCredential(sid, *r.credential, &context,
                                [done](const auto &res) { done(res.isOk()); });
    }));
    check(await([&](auto done) {
        client.setCallerIdAlias(sid, r.alias, &context,
                                [done](const auto &res) { done(res.isOk()); });
    }));
    return timer.elapsed();
}

qint64 median(QList<qint64> values) {
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int latencyMs = args.size() > 1 ? args[1].toInt() : 100;
    const int runs = args.size() > 2 ? std::max(1, args[2].toInt()) : 5;
    QTextStream out(stdout);

    sandbox::SandboxOptions options;
    options.seedDemoData = false;
    options.latencyMs = latencyMs;
    options.requestsPerMinute = 100000; // measure round trips, not the rate limiter
    auto server = testing::startSandbox(options);
    if (!server) {
        out << "sandbox did not start" << Qt::endl;
        return 1;
    }
    ClientConfig config = testing::clientConfigFor(*server);
    config.requestsPerMinute = 100000;
    config.transferTimeout = std::chrono::milliseconds(30000);
    ExotelClient client(config);

    QList<qint64> engineTimes;
    QList<qint64> sequentialTimes;
    for (int run = 0; run < runs; ++run) {
        bool ok = false;
        engineTimes << runEngine(client, bothDirections(QStringLiteral("bench_e%1").arg(run), run),
                                 &ok);
        if (!ok) {
            out << "engine run " << run << " failed" << Qt::endl;
            return 1;
        }
        sequentialTimes << runSequential(
            client, bothDirections(QStringLiteral("bench_s%1").arg(run), run + 100), &ok);
        if (!ok) {
            out << "sequential run " << run << " failed" << Qt::endl;
            return 1;
        }
    }
    const qint64 engine = median(engineTimes);
    const qint64 sequential = median(sequentialTimes);
    out << "Provisioning \"Both directions\" (6 calls), sandbox latency " << latencyMs
        << " ms, median of " << runs << " runs" << Qt::endl;
    out << "  engine (dependencies, concurrent):  " << engine << " ms  (~"
        << QString::number(double(engine) / latencyMs, 'f', 1) << " round trips)" << Qt::endl;
    out << "  one after another (curl recipe):    " << sequential << " ms  (~"
        << QString::number(double(sequential) / latencyMs, 'f', 1) << " round trips)" << Qt::endl;
    out << "  speed-up: " << QString::number(engine > 0 ? double(sequential) / engine : 0.0, 'f', 2)
        << "x" << Qt::endl;
    return 0;
}
