// Rate-limit pacing: a bulk of GETs (600 by default) against the sandbox with its real limit of
// 200 requests per rolling minute, on a virtual clock that runs `scale` times faster than real
// time for both sides: the sandbox (SandboxServer::setClock) and the client's rate limiter
// (ExotelClient::setClock, whose wake-up timer waits virtual ms / scale). Every request is
// queued at once; the client must pace them so that the server never answers 429.
//
// Throughput: the first `limit` requests go as fast as the client's six connections allow, so
// the figure is the sustained rate after them — the (N - limit) later requests over the virtual
// time from the limit-th arrival to the last — as a fraction of the limit. A client that keeps
// the pace exactly (request k + limit arriving one minute after request k) scores 100%. The
// first figure of this benchmark divided by the time from the *first* arrival instead, which
// also charged the first burst's ramp-up (its requests excluded, its duration included); it is
// still printed for comparison. The 429s are counted from the sandbox's request log.
//
//   bench_ratelimit [requests=600] [scale=20]

#include "api/exotelclient.h"
#include "benchcommon.h"
#include "sandboxfixture.h"

#include <QDateTime>
#include <QEventLoop>

#include <algorithm>
#include <vector>

using namespace exotrunk;
using namespace exotrunk::bench;

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const int requests = argc >= 2 ? std::max(1, QByteArray(argv[1]).toInt()) : 600;
    const double scale = argc >= 3 ? std::max(1.0, QByteArray(argv[2]).toDouble()) : 20.0;
    const int limit = 200;

    QElapsedTimer real;
    real.start();
    const auto virtualMs = [&real, scale] {
        return qint64(double(real.nsecsElapsed()) / 1e6 * scale);
    };
    const qint64 epoch = QDateTime::currentMSecsSinceEpoch();

    sandbox::SandboxOptions options;
    options.requestsPerMinute = limit;
    auto server = testing::startSandbox(options);
    if (!server) {
        out() << "the sandbox did not start" << Qt::endl;
        return 1;
    }
    server->setClock([epoch, virtualMs] { return epoch + virtualMs(); });
    const TrunkSid sid(server->trunkSid(QStringLiteral("test_trunk_ui2")));
    ClientConfig config = testing::clientConfigFor(*server);
    config.requestsPerMinute = limit;
    ExotelClient client(config);
    client.setClock(virtualMs, scale);
    int rateLimitedSignals = 0;
    QObject::connect(&client, &ExotelClient::rateLimited, &client,
                     [&](qint64) { ++rateLimitedSignals; });

    const qint64 realStart = real.elapsed();
    int done = 0;
    int failed = 0;
    QObject context;
    for (int i = 0; i < requests; ++i) {
        client.getTrunk(sid, &context, [&](const ApiResult<Trunk> &result) {
            ++done;
            if (!result.isOk())
                ++failed;
        });
    }
    QElapsedTimer guard;
    guard.start();
    while (done < requests && guard.elapsed() < 600000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    const qint64 realMs = real.elapsed() - realStart;

    int tooMany = 0;
    std::vector<qint64> arrivals; // accepted, virtual ms, in arrival order
    for (const sandbox::LoggedRequest &entry : server->requestLog()) {
        if (entry.method != QLatin1String("GET"))
            continue;
        if (entry.status == 429) {
            ++tooMany;
            continue;
        }
        arrivals.push_back(qint64(double(entry.receivedMs) * scale));
    }
    std::sort(arrivals.begin(), arrivals.end());
    const int accepted = int(arrivals.size());
    const qint64 first = arrivals.empty() ? 0 : arrivals.front();
    const qint64 last = arrivals.empty() ? 0 : arrivals.back();
    const qint64 afterBurst = accepted >= limit ? arrivals[std::size_t(limit) - 1] : last;
    const auto perMinute = [&](qint64 from) {
        const double spanMin = double(last - from) / 60000.0;
        return spanMin > 0 && accepted > limit ? double(accepted - limit) / spanMin : 0.0;
    };
    const double sustained = perMinute(afterBurst);
    const double fromFirst = perMinute(first);
    const double idealSpanS = double((requests - 1) / limit) * 60.0;

    out() << "Rate-limit pacing: " << requests << " GETs queued at once, sandbox limit " << limit
          << "/min, virtual clock x" << fmt(scale, 0) << Qt::endl
          << "  completed " << done << ", failed " << failed << ", accepted by the server "
          << accepted << Qt::endl
          << "  429 answers in the sandbox log: " << tooMany
          << "   (target 0); rateLimited signals " << rateLimitedSignals << Qt::endl
          << "  first burst of " << limit << ": " << fmt(double(afterBurst - first) / 1000.0)
          << " s virtual; arrival " << limit
          << " to last: " << fmt(double(last - afterBurst) / 1000.0) << " s virtual (ideal "
          << fmt(idealSpanS) << " s); " << fmt(double(realMs) / 1000.0) << " s real" << Qt::endl
          << "  sustained throughput after the first " << limit << ": " << fmt(sustained)
          << " req/min = " << fmt(100.0 * sustained / limit) << "% of the limit   (target >= 95%)"
          << Qt::endl
          << "  (same requests over the time from the first arrival, burst ramp-up included: "
          << fmt(100.0 * fromFirst / limit) << "%)" << Qt::endl;
    return done == requests ? 0 : 1;
}
