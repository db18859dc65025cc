#include "diagnostics/reachabilityprobe.h"

#include "diagnostics/destinationprobe.h"

#include <QHostInfo>
#include <QSslConfiguration>
#include <QThread>
#include <QTimer>

#include <memory>

#include <algorithm>

namespace exotrunk {

ProbeTarget ProbeTarget::fromDestination(const DestinationUri &destination) {
    ProbeTarget target;
    target.uri = destination.destination;
    target.host = destination.host();
    target.port = destination.port();
    target.transport = destination.transport();
    return target;
}

QString ProbeStep::name() const {
    switch (kind) {
    case ProbeStepKind::Dns:
        return ReachabilityProbe::tr("DNS");
    case ProbeStepKind::TcpConnect:
        return ReachabilityProbe::tr("TCP connect");
    case ProbeStepKind::TlsHandshake:
        return ReachabilityProbe::tr("TLS handshake");
    case ProbeStepKind::SipOptions:
        break;
    }
    return ReachabilityProbe::tr("SIP OPTIONS");
}

QString outcomeText(ProbeOutcome outcome) {
    switch (outcome) {
    case ProbeOutcome::Ok:
        return ReachabilityProbe::tr("OK");
    case ProbeOutcome::Failed:
        return ReachabilityProbe::tr("Failed");
    case ProbeOutcome::Skipped:
        return ReachabilityProbe::tr("Skipped");
    case ProbeOutcome::TimedOut:
        return ReachabilityProbe::tr("Timed out");
    case ProbeOutcome::Cancelled:
        break;
    }
    return ReachabilityProbe::tr("Cancelled");
}

bool ProbeResult::reachable() const {
    if (sipStatus == 0)
        return false;
    return std::none_of(steps.cbegin(), steps.cend(), [](const ProbeStep &step) {
        return step.outcome != ProbeOutcome::Ok && step.outcome != ProbeOutcome::Skipped;
    });
}

ReachabilityProbe::ReachabilityProbe(QObject *parent)
    : QObject(parent) {
    qRegisterMetaType<ProbeStep>();
    qRegisterMetaType<ProbeResult>();
}

ReachabilityProbe::~ReachabilityProbe() {
    stopAll();
}

// Destinations that are still running are dropped without signals.
void ReachabilityProbe::stopAll() {
    for (const QPointer<DestinationProbe> &probe : std::as_const(m_probes)) {
        if (!probe)
            continue;
        probe->disconnect(this);
        delete probe.data();
    }
    m_probes.clear();
}

void ReachabilityProbe::start(const QList<ProbeTarget> &targets) {
    if (m_running)
        cancel();
    stopAll();
    const int run = ++m_run;
    m_results.clear();
    m_done = 0;
    m_cancelled = false;
    m_running = true;
    m_clock.start();

    const bool anyTls = std::any_of(targets.cbegin(), targets.cend(), [](const ProbeTarget &t) {
        return t.transport == Transport::Tls;
    });
    // With extra CAs, TLS destinations wait for the system's authorities to be read (off the
    // event loop); the others start at once.
    const bool tlsWaits = anyTls && !m_extraCas.isEmpty() && !systemCasLoaded();
    const QSslConfiguration tls = anyTls ? tlsConfiguration() : QSslConfiguration();
    for (int i = 0; i < targets.size(); ++i) {
        ProbeResult pending;
        pending.target = targets.at(i);
        m_results.append(pending);
        auto *probe = new DestinationProbe(targets.at(i), m_timeouts, tls, m_clock, this);
        probe->setSrvNameserver(m_srvNameserver);
        connect(probe, &DestinationProbe::stepFinished, this,
                [this, i](const ProbeStep &step) { emit stepFinished(i, step); });
        connect(probe, &DestinationProbe::finished, this,
                [this, i](const ProbeResult &result) { destinationDone(i, result); });
        m_probes.append(probe);
        if (tlsWaits && targets.at(i).transport == Transport::Tls)
            continue;
        // All start in the next event-loop turn, together, after the caller has connected.
        QMetaObject::invokeMethod(probe, &DestinationProbe::start, Qt::QueuedConnection);
    }
    emit progress(0, int(targets.size()));
    if (tlsWaits)
        loadSystemCas(run);
    if (targets.isEmpty()) {
        QTimer::singleShot(0, this, [this, run] {
            if (run == m_run && m_running) {
                m_running = false;
                emit finished();
            }
        });
    }
}

namespace {
// The system's trusted authorities, read once per process; only touched on the main thread.
std::optional<QList<QSslCertificate>> &systemCas() {
    static std::optional<QList<QSslCertificate>> cache;
    return cache;
}
} // namespace

bool ReachabilityProbe::systemCasLoaded() {
    return systemCas().has_value();
}

QSslConfiguration ReachabilityProbe::tlsConfiguration() const {
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!m_extraCas.isEmpty() && systemCas()) {
        // Setting the list turns off Qt's on-demand loading of the system store: the system's
        // authorities are put in explicitly, so an extra CA adds trust and never replaces it.
        tls.setCaCertificates(*systemCas() + m_extraCas);
    }
    return tls;
}

// Reading the system store parses a few hundred certificates (~300 ms here): on a thread of its
// own, so that the window never stalls; the waiting TLS destinations start when it is done.
void ReachabilityProbe::loadSystemCas(int run) {
    auto loaded = std::make_shared<QList<QSslCertificate>>();
    QThread *reader =
        QThread::create([loaded] { *loaded = QSslConfiguration::systemCaCertificates(); });
    reader->setObjectName(QStringLiteral("exotrunk-system-cas"));
    connect(reader, &QThread::finished, reader, &QObject::deleteLater);
    connect(reader, &QThread::finished, this, [this, run, loaded] {
        systemCas() = *loaded;
        if (run != m_run || !m_running)
            return;
        const QSslConfiguration tls = tlsConfiguration();
        for (const QPointer<DestinationProbe> &probe : std::as_const(m_probes)) {
            if (probe && probe->target().transport == Transport::Tls) {
                probe->setTlsConfiguration(tls);
                probe->start();
            }
        }
    });
    reader->start();
}

void ReachabilityProbe::cancel() {
    if (!m_running)
        return;
    m_cancelled = true;
    const QList<QPointer<DestinationProbe>> probes = m_probes;
    for (const QPointer<DestinationProbe> &probe : probes) {
        if (probe)
            probe->cancel();
    }
    if (m_running) { // an empty run: nothing to cancel but the run itself
        m_running = false;
        emit finished();
    }
}

void ReachabilityProbe::destinationDone(int index, const ProbeResult &result) {
    if (index < 0 || index >= m_results.size())
        return;
    m_results[index] = result;
    ++m_done;
    emit destinationFinished(index, result);
    emit progress(m_done, int(m_results.size()));
    if (m_done == m_results.size() && m_running) {
        m_running = false;
        emit finished();
    }
}

QString ReachabilityProbe::vantagePointNote() {
    return tr("Measured from this computer (%1), not from Exotel's edge: Exotel reaches the "
              "destinations from its own signalling IPs (§15), so its path and the firewalls on "
              "the way may differ.")
        .arg(QHostInfo::localHostName());
}

QString ReachabilityProbe::summary() const {
    const int total = int(m_results.size());
    const int answered = int(std::count_if(m_results.cbegin(), m_results.cend(),
                                           [](const ProbeResult &r) { return r.reachable(); }));
    QString text;
    if (m_running)
        text = tr("Probing: %1 of %n destination(s) done.", nullptr, total).arg(m_done);
    else if (m_cancelled)
        text =
            tr("Cancelled: %1 of %n destination(s) had finished.", nullptr, total)
                .arg(std::count_if(m_results.cbegin(), m_results.cend(), [](const ProbeResult &r) {
                    return std::none_of(r.steps.cbegin(), r.steps.cend(), [](const ProbeStep &s) {
                        return s.outcome == ProbeOutcome::Cancelled;
                    });
                }));
    else
        text = tr("%1 of %n destination(s) answered SIP OPTIONS.", nullptr, total).arg(answered);
    return text + QLatin1Char(' ') + vantagePointNote();
}

} // namespace exotrunk
