#include "soakfaults.h"

#include <QStringList>

namespace exotrunk::soak {

using sandbox::Fault;

QString faultKindName(FaultKind kind) {
    switch (kind) {
    case FaultKind::None:
        return QStringLiteral("none");
    case FaultKind::ServerError:
        return QStringLiteral("5xx");
    case FaultKind::Drop:
        return QStringLiteral("dropped connection");
    case FaultKind::Timeout:
        return QStringLiteral("timeout");
    case FaultKind::RecoverableServerError:
        return QStringLiteral("one 5xx");
    case FaultKind::RecoverableDrop:
        return QStringLiteral("one dropped connection");
    case FaultKind::SlowAnswer:
        return QStringLiteral("slow answer");
    }
    return {};
}

bool mustSurface(FaultKind kind) {
    return kind == FaultKind::ServerError || kind == FaultKind::Drop || kind == FaultKind::Timeout;
}

FaultInjector::FaultInjector(sandbox::SandboxServer &server, QRandomGenerator &random)
    : m_server(server)
    , m_random(random) {}

FaultKind FaultInjector::choose(const FaultPolicy &policy) {
    const int roll = int(m_random.bounded(100));
    if (roll < 50)
        return FaultKind::None;
    if (roll < 71)
        return FaultKind::ServerError;
    if (roll < 86)
        return FaultKind::Drop;
    // Each timeout costs seconds of waiting: rare, so that the soak stays short.
    if (roll < 88)
        return policy.allowTimeout ? FaultKind::Timeout : FaultKind::ServerError;
    if (policy.write)
        return FaultKind::SlowAnswer;
    if (roll < 94)
        return FaultKind::RecoverableServerError;
    return roll < 97 ? FaultKind::RecoverableDrop : FaultKind::SlowAnswer;
}

void FaultInjector::arm(FaultKind kind, const QString &method, const QString &pathContains) {
    if (kind == FaultKind::None)
        return;
    static const int statuses[] = {500, 502, 503, 504};
    Fault fault;
    fault.method = method;
    fault.pathContains = pathContains;
    fault.times = -1; // until clear(): every resend and retry of the operation meets it
    switch (kind) {
    case FaultKind::None:
        return;
    case FaultKind::ServerError:
        fault.kind = Fault::Kind::ServerError;
        fault.status = statuses[m_random.bounded(4)];
        break;
    case FaultKind::Drop:
        fault.kind = Fault::Kind::Drop;
        break;
    case FaultKind::Timeout:
        fault.kind = Fault::Kind::Delay;
        fault.delayMs = kTimeoutDelayMs;
        break;
    case FaultKind::RecoverableServerError:
        fault.kind = Fault::Kind::ServerError;
        fault.status = statuses[m_random.bounded(4)];
        fault.times = 1;
        break;
    case FaultKind::RecoverableDrop:
        fault.kind = Fault::Kind::Drop;
        fault.times = 1;
        break;
    case FaultKind::SlowAnswer:
        fault.kind = Fault::Kind::Delay;
        fault.delayMs = 100 + int(m_random.bounded(200));
        fault.times = 1;
        break;
    }
    m_server.addFault(fault);
    ++m_injected;
    ++m_perKind[faultKindName(kind)];
    if (mustSurface(kind))
        ++m_mustSurface;
}

QString FaultInjector::summary() const {
    QStringList parts;
    for (auto it = m_perKind.cbegin(); it != m_perKind.cend(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    return parts.join(QStringLiteral(", "));
}

void FaultInjector::clear() {
    m_server.clearFaults();
    m_faultedRequestsTotal += faultedRequests();
    m_server.clearRequestLog();
}

int FaultInjector::faultedRequests() const {
    int count = 0;
    for (const sandbox::LoggedRequest &entry : m_server.requestLog()) {
        // 0: closed unanswered (a Drop, or a client that gave up before a delayed answer).
        if (entry.answeredMs > 0 && (entry.status == 0 || entry.status >= 500))
            ++count;
    }
    return count;
}

} // namespace exotrunk::soak
