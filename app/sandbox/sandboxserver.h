#pragma once

#include "sandboxtls.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace exotrunk::sandbox {

// A fault the sandbox applies to matching requests, for tests and demos.
struct Fault {
    enum class Kind {
        ServerError,      // 5xx with an Exotel-shaped error body
        Drop,             // close the connection without answering. QNetworkAccessManager
                          // resends once by itself when a connection closes before any byte
                          // of the answer, so use times = 2 (or -1) for a client to see it
        Delay,            // answer after `delayMs`
        TooManyRequests,  // 429, with Retry-After when retryAfterSeconds > 0
        Truncated,        // the first half of a valid body
        NotJson,          // an HTML error page with status 502
        WrongContentType, // a valid body labelled text/plain
        InnerDuplicate,   // HTTP 200 whose inner response.code is 409 (1008)
        AllItemsFailed,   // 207 where every item failed (multi-item POSTs)
        InflatedTotal,    // a list page whose metadata.total claims two billion items
    };
    Kind kind = Kind::ServerError;
    QString method;       // empty = any method
    QString pathContains; // empty = any path; matched against the path after /v2/accounts/{sid}
    int times = 1;        // how many matching requests it hits; -1 = until cleared
    int status = 500;     // for ServerError
    int delayMs = 0;      // for Delay
    int retryAfterSeconds = 0; // for TooManyRequests
    int retryAfterInBody = 0;  // for TooManyRequests: "retry_after" seconds in the body instead
};

// One line of the request log: what arrived and when, for proving concurrency and pacing.
struct LoggedRequest {
    QString method;
    QString path; // full path including query
    int status = 0;
    qint64 receivedMs = 0; // ms since the server started
    qint64 answeredMs = 0;
};

struct SandboxOptions {
    QString accountSid = QStringLiteral("ameyo5m");
    QString apiKey = QStringLiteral("sandbox");
    QString apiToken = QStringLiteral("sandbox");
    bool seedDemoData = true;        // the trunks of the dashboard screenshot in the docs
    int extraTrunks = 0;             // generated trunks for scale tests and benchmarks
    int latencyMs = 0;               // added to every answer
    double failureRate = 0.0;        // share of requests answered 503
    double dropRate = 0.0;           // share of requests whose connection is closed unanswered
    int requestsPerMinute = 200;     // rolling 60 s window per account; <= 0: no limit
    bool listTrunksSupported = true; // false: GET /trunks answers 404 like an account without it
    // false: GET /trunks?trunk_sid= (one trunk read through the list endpoint) answers 404 too.
    bool trunkSidFilterSupported = true;
    // false: GET /trunks/{trunk_sid} answers 404 for every trunk, like a server without the path.
    bool singleTrunkPathSupported = true;
    // No maximum page_size is documented (only the default of 50 and that metadata.page_size
    // is the size applied): a larger request is clamped to maxPageSize, or with
    // refuseLargerPages answered 400/1002 like a stricter live server might.
    int maxPageSize = 1000;
    bool refuseLargerPages = false;
    // Only the API reference: every vendor-sample endpoint (trunk listing and reading included)
    // answers like an unknown path, 404/1000 (see SandboxApi::setReferenceOnly).
    bool referenceOnly = false;
    // Set: the sandbox serves HTTPS only, with this certificate and key (see sandboxtls.h for a
    // generated self-signed one).
    std::optional<TlsFiles> tls;
};

// An Exotel-compatible v2 trunk API on 127.0.0.1. Lives on the thread that created it.
class SandboxServer : public QObject {
    Q_OBJECT
public:
    explicit SandboxServer(SandboxOptions options = {}, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Binds 127.0.0.1:port (0 = a free port). Returns false with errorString() on failure.
    bool start(quint16 port = 0);
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:<port>, or https:// when serving TLS
    QString errorString() const;
    const SandboxOptions &options() const;

    // Fault injection, also usable while running.
    void addFault(const Fault &fault);
    void clearFaults();
    void setLatencyMs(int ms);
    void setFailureRate(double rate);
    void setDropRate(double rate);
    void setRequestsPerMinute(int limit);
    void setListTrunksSupported(bool supported);
    void setReferenceOnly(bool referenceOnly);
    // Makes failureRate/dropRate decisions reproducible.
    void setRandomSeed(quint32 seed);

    // The wall clock behind the rate limit window, Retry-After and every date_created /
    // date_updated the sandbox writes: ms since the Unix epoch. Tests and benchmarks inject
    // a controllable clock so a minute of traffic needs no minute of waiting. An empty
    // function restores the system clock. The request log keeps real monotonic times.
    void setClock(std::function<qint64()> msSinceEpoch);

    // Introspection for tests.
    QList<LoggedRequest> requestLog() const;
    void clearRequestLog();
    int trunkCount() const;
    // Adds n generated trunks (name prefix "gen_") with no sub-resources.
    void seedTrunks(int n);
    // The sid of the trunk called `trunkName` in this account; empty when there is none.
    QString trunkSid(const QString &trunkName) const;
    // Live-API oddities a client must survive: a trunk with any name (even ""), a listed trunk
    // and a listed phone number no client can decode. The first two return the trunk's sid.
    QString addTrunkNamed(const QString &name);
    QString addUnreadableTrunk();
    void addUnreadablePhoneNumber(const QString &trunkSid);
    // A trunk sid that exists but belongs to another account: any use of it answers 1003/403.
    QString foreignTrunkSid() const;
    // The JSON body a GET of `relativePath` (after /v2/accounts/{sid}, query allowed, e.g.
    // "/trunks?page_size=1000") answers, taken straight from the API layer: no HTTP, auth, rate
    // limit, fault, latency or log entry. For tests that reconcile a client's view with the
    // sandbox's own state.
    QJsonObject readState(const QString &relativePath) const;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace exotrunk::sandbox
