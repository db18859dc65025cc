#pragma once

// The one request pipeline of a client: auth, JSON headers, timeout and deadline, the rate
// limiter, retries (never re-sending a write whose outcome is unknown), redirects, and logging
// with secrets redacted. It sends RequestSpecs and hands each answer's envelope to the call;
// it knows no endpoint.

#include "api/clientcall.h"
#include "api/clientconfig.h"
#include "api/ratelimiter.h"
#include "api/requesthistory.h"
#include "api/retrypolicy.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QTimer>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace exotrunk {

class ApiTransport final : public QObject {
    Q_OBJECT
public:
    // `config` must outlive the transport (the client owns both).
    ApiTransport(const ClientConfig &config, QObject *parent = nullptr);
    ~ApiTransport() override;

    const ClientConfig &config() const { return m_config; }

    // A new call in the transport's care: cancel() and the end of its context reach it.
    ClientCall *newCall(QString description, QObject *context);
    // Queues one request of the call (front: before everything queued, for a retry).
    void submit(ClientCall *call, RequestSpec spec, bool front = false);
    // Ends the call once: `deliver` runs from the event loop, and only while its context lives.
    void finish(ClientCall *call, std::function<void()> deliver);
    void cancel(ClientCall *call);  // the callback sees Kind::Cancelled
    void abandon(ClientCall *call); // the callback never runs
    void cancelAll();
    void abandonAll();
    int pendingCount() const { return int(m_calls.size()); }
    // The last requests sent and how each ended, for the support bundle (no secret in it).
    const RequestHistory &history() const { return m_history; }

    void wipeCredentials();
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    RetryPolicy retryPolicy() const { return m_policy; }
    void setClock(std::function<qint64()> monotonicMs, double timeScale);

    // next_page_uri resolved against the configured server; nullopt when it points elsewhere.
    std::optional<QUrl> resolveNextPage(const QString &next) const;

signals:
    // The server asked us to slow down (429); requests resume after `waitMs`.
    void rateLimited(qint64 waitMs);

private:
    void pump();
    void start(ClientCall *call);
    void detach(ClientCall *call);
    QUrl accountUrl(const QString &path, const QUrlQuery &query) const;
    QNetworkRequest createRequest(const RequestSpec &spec) const;
    void onReplyFinished(ClientCall *call, QNetworkReply *reply);
    void onAnswer(ClientCall *call, QNetworkReply *reply, const QByteArray &body, int status,
                  const EnvelopeParse &parsed);
    void onRateLimited(ClientCall *call, QNetworkReply *reply, const QByteArray &body,
                       const EnvelopeParse &parsed);
    void onNoAnswer(ClientCall *call, QNetworkReply::NetworkError error, const QString &errorText);
    void onServerError(ClientCall *call, int status, const EnvelopeParse &parsed);
    bool retryUnknownOutcome(ClientCall *call, const QString &why);
    void remember(const ClientCall *call, const QNetworkReply *reply, int status,
                  const QString &requestId);

    const ClientConfig &m_config;
    QNetworkAccessManager *m_nam = nullptr;
    QElapsedTimer m_elapsed;
    std::function<qint64()> m_clock; // empty: `m_elapsed`
    double m_timeScale = 1.0;        // virtual ms per real ms of the wake-up timer
    RateLimiter m_limiter;
    QTimer m_wakeTimer;
    RetryPolicy m_policy;
    QByteArray m_authorization;
    QString m_baseUrlProblem;
    std::optional<QSslConfiguration> m_sslConfiguration; // set: the profile's extra CAs
    QString m_tlsProblem;                                // the extra CA file cannot be used
    QHash<RateLimiter::Ticket, ClientCall *> m_queuedCalls;
    QList<ClientCall *> m_calls; // unfinished calls, in creation order
    RequestHistory m_history;
};

// Ids end up in URL paths; anything beyond [A-Za-z0-9_.-] could change the path.
bool isSafeId(const QString &id);

} // namespace exotrunk
