// exotrunkctl probe SID: the reachability probe of the trunk page, from this computer.
#include "api/exotelclient.h"
#include "ctlcommands.h"
#include "ctltext.h"
#include "diagnostics/reachabilityprobe.h"

#include <QEventLoop>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace exotrunk::ctl {

namespace {

Table probeTable(const QList<ProbeResult> &results) {
    Table t{{QStringLiteral("destination"), QStringLiteral("step"), QStringLiteral("outcome"),
             QStringLiteral("ms"), QStringLiteral("detail")},
            {Exotrunkctl::tr("Destination"), Exotrunkctl::tr("Step"), Exotrunkctl::tr("Outcome"),
             Exotrunkctl::tr("ms"), Exotrunkctl::tr("Detail")},
            {}};
    for (const ProbeResult &result : results) {
        for (const ProbeStep &step : result.steps)
            t.rows << QStringList{result.target.uri, step.name(), outcomeText(step.outcome),
                                  QString::number(step.durationMs), step.detail};
    }
    return t;
}

} // namespace

int probe(const CommandContext &context, const QString &sid, int stepTimeoutMs) {
    const ApiResult<QList<DestinationUri>> destinations =
        await<QList<DestinationUri>>([&](QObject *ctx, const auto &done) {
            context.client->listDestinationUris(TrunkSid(sid), ctx, done);
        });
    if (!destinations.isOk())
        return fail(destinations.error());
    if (destinations.value().isEmpty()) {
        printError(Exotrunkctl::tr("The trunk has no destination URIs: nothing to probe."));
        return ExitOk;
    }
    QList<ProbeTarget> targets;
    for (const DestinationUri &destination : destinations.value())
        targets << ProbeTarget::fromDestination(destination);

    ReachabilityProbe probe;
    probe.setTimeouts({stepTimeoutMs, stepTimeoutMs, stepTimeoutMs, stepTimeoutMs});
    // Progress for a person at a terminal; scripts (JSON, CSV, a pipe) get only the result.
    const bool showProgress = context.format == Format::Table && isatty(fileno(stderr)) == 1;
    QEventLoop loop;
    QObject::connect(
        &probe, &ReachabilityProbe::progress, &loop, [&](int done, int total) {
            if (showProgress)
                QTextStream(stderr)
                    << '\r'
                    << Exotrunkctl::tr("Probing %1 of %2 destinations done…").arg(done).arg(total)
                    << (done == total ? "\n" : "") << Qt::flush;
        });
    QObject::connect(&probe, &ReachabilityProbe::finished, &loop, &QEventLoop::quit);
    // Ctrl+C stops every destination still running; what was measured is still printed.
    QObject::connect(interruptNotifier(), &Interrupt::requested, &probe,
                     &ReachabilityProbe::cancel);
    probe.start(targets);
    loop.exec();

    print(render(probeTable(probe.results()), context.format));
    if (context.format == Format::Table)
        print(probe.summary() + QLatin1Char('\n'));
    if (probe.wasCancelled())
        return ExitFailed;
    for (const ProbeResult &result : probe.results()) {
        if (!result.reachable())
            return ExitFailed;
    }
    return ExitOk;
}

} // namespace exotrunk::ctl
