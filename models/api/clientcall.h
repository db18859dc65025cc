#pragma once

// Internal to the client: one request as the transport sends it, and the call object that
// carries it through the pipeline. Nothing here knows an endpoint.

#include "api/apicall.h"
#include "api/apierror.h"
#include "api/envelope.h"
#include "api/ratelimiter.h"
#include "api/replylimits.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QNetworkReply>
#include <QPointer>
#include <QSet>
#include <QSslError>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <optional>

namespace exotrunk {

// One HTTP request of a call. `path` is relative to /v2/accounts/{sid}; a follow-up page
// instead carries the resolved `absoluteUrl` taken from next_page_uri.
struct RequestSpec {
    QByteArray method = QByteArrayLiteral("GET");
    QString path;
    QUrlQuery query;
    QUrl absoluteUrl;
    QByteArray body;
    // Whether the request may be re-sent after an unknown outcome (a timeout, a dropped
    // connection, a 5xx): the catalogue row says so, and only reads are.
    bool idempotent = true;

    bool isGet() const { return method == "GET"; }
    bool carriesJson() const { return method == "POST" || method == "PUT"; }
};

// The concrete call object; it only widens access to the members the client manages.
class ClientCall final : public ApiCall {
public:
    ClientCall(QString description, QObject *parent)
        : ApiCall(std::move(description), parent) {}

    using ApiCall::m_abort;
    using ApiCall::m_finished;

    QPointer<QObject> context;
    bool hasContext = false;
    std::function<void(const ApiError &)> fail;
    std::function<void(const QByteArray &, int, const std::optional<Envelope> &)> onAnswer;

    RequestSpec spec;
    int attempt = 0;          // sends of the current spec
    int transientRetries = 0; // re-sends of an idempotent request after an unknown outcome
    int pages = 0;
    RateLimiter::Ticket ticket = 0;
    bool queued = false;
    bool inFlight = false;
    QPointer<QNetworkReply> reply;
    QElapsedTimer sentAt;
    QList<QSslError> sslErrors; // what refused the last attempt's certificate
    replylimits::Abort aborted = replylimits::Abort::None; // the console cut the last answer
    QSet<QString> pageUrls; // every page asked for: a list whose next page repeats one ends

    bool contextAlive() const { return !hasContext || !context.isNull(); }
    // A request that must never be sent twice: its outcome is unknown when its answer is lost.
    bool isWrite() const { return !spec.idempotent; }
};

} // namespace exotrunk
