#pragma once

// The faults of the soak: for each operation a seeded choice of whether and how the sandbox
// misbehaves, armed on the request the operation is about and cleared when it is over.

#include "sandboxserver.h"

#include <QMap>
#include <QRandomGenerator>
#include <QString>

namespace exotrunk::soak {

// The soak's client gives up on an answer after this long; a Timeout fault answers later.
constexpr int kTransferTimeoutMs = 2000;
constexpr int kTimeoutDelayMs = kTransferTimeoutMs + 600;

enum class FaultKind {
    None,
    ServerError,            // 5xx on every matching request: the operation must fail
    Drop,                   // connection closed unanswered, every time: must fail
    Timeout,                // answered after the client's timeout: must fail
    RecoverableServerError, // one 5xx on a GET: the client's retry must hide it
    RecoverableDrop,        // one dropped GET: the resend must hide it
    SlowAnswer,             // 100–300 ms late, within the timeout: must succeed
};

QString faultKindName(FaultKind kind);
// The operation must end in an error the user sees.
bool mustSurface(FaultKind kind);

struct FaultPolicy {
    bool write = false;        // POST / PUT / DELETE: never re-sent, so nothing "recoverable"
    bool allowTimeout = false; // a timed-out write may still have been done by the server
};

class FaultInjector {
public:
    FaultInjector(sandbox::SandboxServer &server, QRandomGenerator &random);

    // About half of the operations are faulted; the rest of the mix follows `policy`.
    FaultKind choose(const FaultPolicy &policy);
    // Arms `kind` for requests with `method` whose path (after the account) contains
    // `pathContains`. Nothing for FaultKind::None.
    void arm(FaultKind kind, const QString &method, const QString &pathContains);
    // Ends the operation's faults and starts a fresh request log for the next one.
    void clear();
    // Requests the sandbox answered with a 5xx or closed unanswered since the last clear().
    int faultedRequests() const;

    int injected() const { return m_injected; }
    int mustSurfaceCount() const { return m_mustSurface; }
    int faultedRequestsTotal() const { return m_faultedRequestsTotal; }
    // "5xx 120, dropped connection 80, …": how often each kind was armed.
    QString summary() const;

private:
    sandbox::SandboxServer &m_server;
    QRandomGenerator &m_random;
    int m_injected = 0;
    int m_mustSurface = 0;
    int m_faultedRequestsTotal = 0;
    QMap<QString, int> m_perKind;
};

} // namespace exotrunk::soak
