#include "api/exotelclient.h"

#include "api/envelope.h"
#include "api/oneshotbody.h"
#include "api/ratelimiter.h"
#include "api/redaction.h"
#include "api/replylimits.h"
#include "api/retrytiming.h"
#include "api/tlstrust.h"
#include "domain/secretmemory.h"
#include "validation/validators.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSet>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

Q_LOGGING_CATEGORY(lcApi, "exotrunk.api")

namespace exotrunk {

namespace {

// The documented limit is per rolling minute. The limiter holds each request's slot until a
// minute after its answer (the server counts arrivals, which lie between start and answer);
// the margin allows for a server whose window moves in whole seconds. At a saturated queue
// this costs under 2% of the limit and nothing below it.
constexpr qint64 kRateWindowMs = 60000;
constexpr qint64 kRateWindowMarginMs = 1000;
// The most items reserved ahead for a list from the total its first page announces.
constexpr int kMaxListReserved = 100000;

enum class Verb { Get, Post, Put, Delete };

QByteArray verbName(Verb verb) {
    switch (verb) {
    case Verb::Get:
        return QByteArrayLiteral("GET");
    case Verb::Post:
        return QByteArrayLiteral("POST");
    case Verb::Put:
        return QByteArrayLiteral("PUT");
    case Verb::Delete:
        return QByteArrayLiteral("DELETE");
    }
    return {};
}

// One HTTP request of a call. `path` is relative to /v2/accounts/{sid}; a follow-up page
// instead carries the resolved `absoluteUrl` taken from next_page_uri.
struct RequestSpec {
    Verb verb = Verb::Get;
    QString path;
    QUrlQuery query;
    QUrl absoluteUrl;
    QByteArray body;
};

// Ids end up in URL paths; anything beyond these characters could change the path.
bool isSafeId(const QString &id) {
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_.-]{1,128}$"));
    return re.match(id).hasMatch();
}

QByteArray toJsonBytes(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

ApiError makeError(ApiError::Kind kind, QString message, int httpStatus = 0) {
    ApiError e;
    e.kind = kind;
    e.message = std::move(message);
    e.httpStatus = httpStatus;
    return e;
}

QString outcomeUnknownSentence() {
    return ExotelClient::tr(
        "The server may or may not have applied the change: refresh to see the current "
        "state before trying again.");
}

} // namespace

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
    int transientRetries = 0; // GET re-sends after an unknown outcome
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
    bool isWrite() const { return spec.verb != Verb::Get; }
};

class ExotelClient::Private {
public:
    Private(ExotelClient *client, const ClientConfig &clientConfig, QNetworkAccessManager *manager)
        : q(client)
        , config(clientConfig)
        , nam(manager)
        , limiter(
              clientConfig.requestsPerMinute, clientConfig.maxConcurrentRequests,
              [this] { return clock ? clock() : elapsed.elapsed(); }, kRateWindowMs,
              kRateWindowMarginMs) {
        elapsed.start();
        wakeTimer.setSingleShot(true);
        // A coarse timer may fire 5% late: three seconds on a minute's wait, every window.
        wakeTimer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&wakeTimer, &QTimer::timeout, q, [this] { pump(); });
        // The intermediate copies of the token are zeroed too, not only the header.
        QString userPass = config.apiKey + QLatin1Char(':') + config.apiToken;
        QByteArray utf8 = userPass.toUtf8();
        wipeSecret(userPass);
        authorization = "Basic " + utf8.toBase64();
        wipeSecret(utf8);
        baseUrlProblem = ClientConfig::checkBaseUrl(config.baseUrl);
        if (baseUrlProblem.isEmpty() && !validate::accountSid(config.accountSid).isAcceptable())
            baseUrlProblem = validate::accountSid(config.accountSid).message;
        if (baseUrlProblem.isEmpty() && !isSafeId(config.accountSid))
            baseUrlProblem = tr("The account SID contains characters that cannot be sent.");
        if (!config.caCertificateFile.isEmpty())
            sslConfiguration =
                tls::configurationWithExtraCas(config.caCertificateFile, &tlsProblem);
    }

    ExotelClient *q;
    const ClientConfig &config;
    QNetworkAccessManager *nam;
    QElapsedTimer elapsed;
    std::function<qint64()> clock; // empty: `elapsed`
    double timeScale = 1.0;        // virtual ms per real ms of the wake-up timer
    RateLimiter limiter;
    QTimer wakeTimer;
    RetryPolicy policy;
    QByteArray authorization;
    QString baseUrlProblem;
    std::optional<QSslConfiguration> sslConfiguration; // set: the profile's extra CAs are trusted
    QString tlsProblem;                                // the extra CA file cannot be used
    QHash<RateLimiter::Ticket, ClientCall *> queuedCalls;
    QList<ClientCall *> calls; // unfinished calls, in creation order

    template <typename T>
    ClientCall *makeCall(QString description, QObject *context, const Callback<T> &done);
    template <typename T>
    void succeed(ClientCall *call, const Callback<T> &done, T value, const QString &requestId);
    bool reject(ClientCall *call, const Validity &validity);
    bool rejectBadId(ClientCall *call, const QString &id, const QString &what);

    template <typename T> void expectSingle(ClientCall *call, const Callback<T> &done);
    template <typename T>
    void expectList(ClientCall *call, const Callback<QList<T>> &done,
                    std::function<void(const QList<T> &, int, std::optional<int>)> onPage);
    template <typename T>
    void expectOutcomes(ClientCall *call, const QStringList &inputs,
                        const Callback<QList<ItemOutcome<T>>> &done);

    void submit(ClientCall *call, RequestSpec spec, bool front = false);
    void pump();
    void start(ClientCall *call);
    QUrl accountUrl(const QString &path, const QUrlQuery &query) const;
    QNetworkRequest createRequest(const RequestSpec &spec) const;
    void onReplyFinished(ClientCall *call, QNetworkReply *reply);
    void onRateLimited(ClientCall *call, QNetworkReply *reply, const QByteArray &body,
                       const EnvelopeParse &parsed);
    void onNoAnswer(ClientCall *call, QNetworkReply::NetworkError error, const QString &errorText);
    void onServerError(ClientCall *call, int status, const EnvelopeParse &parsed);
    qint64 backoffMs(int attempt) const;
    std::optional<QUrl> resolveNextPage(const QString &next) const;

    void finish(ClientCall *call, std::function<void()> deliver);
    void detach(ClientCall *call);
    void cancel(ClientCall *call);
    void abandon(ClientCall *call);
};

// ---------------------------------------------------------------------------------------------
// Calls: creation, completion, cancellation

template <typename T>
ClientCall *ExotelClient::Private::makeCall(QString description, QObject *context,
                                            const Callback<T> &done) {
    auto *call = new ClientCall(std::move(description), q);
    call->context = context;
    call->hasContext = context != nullptr;
    if (context)
        QObject::connect(context, &QObject::destroyed, call, [this, call] { abandon(call); });
    call->fail = [this, call, done](const ApiError &error) {
        finish(call, [done, error] {
            if (done)
                done(ApiResult<T>::failure(error));
        });
    };
    call->m_abort = [this, call] {
        cancel(call);
    };
    calls.append(call);
    return call;
}

template <typename T>
void ExotelClient::Private::succeed(ClientCall *call, const Callback<T> &done, T value,
                                    const QString &requestId) {
    finish(call, [done, value = std::move(value), requestId] {
        if (done)
            done(ApiResult<T>::success(value, requestId));
    });
}

// The callback always runs from the event loop, never inside the method that caused it, and
// only while its context lives.
void ExotelClient::Private::finish(ClientCall *call, std::function<void()> deliver) {
    if (call->m_finished)
        return;
    call->m_finished = true;
    detach(call);
    calls.removeOne(call);
    QMetaObject::invokeMethod(
        call,
        [call, deliver = std::move(deliver)] {
            if (call->contextAlive())
                deliver();
            emit call->finished();
            call->deleteLater();
        },
        Qt::QueuedConnection);
}

// Takes the call out of the queue or off the wire.
void ExotelClient::Private::detach(ClientCall *call) {
    if (call->queued) {
        limiter.remove(call->ticket);
        queuedCalls.remove(call->ticket);
        call->queued = false;
    }
    if (call->inFlight) {
        call->inFlight = false;
        limiter.finish(call->ticket);
        if (QNetworkReply *reply = call->reply) {
            QObject::disconnect(reply, nullptr, call, nullptr);
            reply->abort();
            reply->deleteLater();
        }
        call->reply = nullptr;
        // A slot became free; start the next request from the event loop.
        QMetaObject::invokeMethod(
            q, [this] { pump(); }, Qt::QueuedConnection);
    }
}

void ExotelClient::Private::cancel(ClientCall *call) {
    if (call->m_finished)
        return;
    qCDebug(lcApi).noquote() << "cancel" << call->description();
    call->fail(makeError(ApiError::Kind::Cancelled, tr("The request was cancelled.")));
}

// The context is gone: stop the work and never run the callback.
void ExotelClient::Private::abandon(ClientCall *call) {
    if (call->m_finished)
        return;
    qCDebug(lcApi).noquote() << "abandon" << call->description() << "(context destroyed)";
    call->m_finished = true;
    detach(call);
    calls.removeOne(call);
    call->deleteLater();
}

bool ExotelClient::Private::reject(ClientCall *call, const Validity &validity) {
    if (validity.isAcceptable())
        return false;
    qCDebug(lcApi).noquote() << "not sent" << call->description() << "(invalid input)";
    call->fail(makeError(ApiError::Kind::Validation, validity.message));
    return true;
}

bool ExotelClient::Private::rejectBadId(ClientCall *call, const QString &id, const QString &what) {
    if (isSafeId(id))
        return false;
    return reject(call, Validity::error(tr("The %1 is missing or contains characters that are "
                                           "not allowed in an id.")
                                            .arg(what)));
}

// ---------------------------------------------------------------------------------------------
// Result decoding

namespace {

// Completes an error from the item with what only the envelope knows.
ApiError itemError(const EnvelopeItem &item, const Envelope &envelope, int httpStatus) {
    ApiError e = item.error;
    if (e.requestId.isEmpty())
        e.requestId = envelope.requestId;
    if (e.httpStatus == 0)
        e.httpStatus = httpStatus;
    return e;
}

ApiError malformed(const QString &what, const QString &requestId, int httpStatus) {
    ApiError e = makeError(ApiError::Kind::MalformedResponse, what, httpStatus);
    e.requestId = requestId;
    return e;
}

// Decodes the items of one list page into `page`. One item the console cannot read must not hide
// the others: it is left out and named in `skipped`. Returns the first item that reports a
// failure (the whole call fails then), or null.
template <typename T>
const EnvelopeItem *decodePage(const Envelope &env, int pageNumber, QList<T> *page,
                               QStringList *skipped) {
    page->reserve(env.items.size());
    for (int i = 0; i < env.items.size(); ++i) {
        const EnvelopeItem &item = env.items.at(i);
        if (item.error.isError())
            return &item;
        Decoded<T> decoded =
            item.unreadable.isEmpty() ? T::fromJson(item.data) : Decoded<T>::fail(item.unreadable);
        if (!decoded) {
            skipped->append(ExotelClient::tr("Item %1 on page %2 of the list could not be read: %3")
                                .arg(i + 1)
                                .arg(pageNumber)
                                .arg(decoded.error()));
            continue;
        }
        page->append(std::move(decoded.value()));
    }
    return nullptr;
}

} // namespace

template <typename T>
void ExotelClient::Private::expectSingle(ClientCall *call, const Callback<T> &done) {
    call->onAnswer = [this, call, done](const QByteArray &, int status,
                                        const std::optional<Envelope> &envelope) {
        const Envelope &env = *envelope;
        if (env.items.isEmpty()) {
            call->fail(malformed(tr("The server's answer held no result."), env.requestId, status));
            return;
        }
        const EnvelopeItem &item = env.items.first();
        if (!item.isSuccess()) {
            call->fail(itemError(item, env, status));
            return;
        }
        if (status >= 400) {
            ApiError e =
                makeError(ApiError::kindForCodes(0, status),
                          tr("The server refused the request (HTTP %1).").arg(status), status);
            e.requestId = env.requestId;
            call->fail(e);
            return;
        }
        Decoded<T> decoded = T::fromJson(item.data);
        if (!decoded) {
            QString text = tr("The server's answer could not be read: %1").arg(decoded.error());
            if (call->isWrite())
                text += QLatin1Char(' ') + outcomeUnknownSentence();
            call->fail(malformed(text, env.requestId, status));
            return;
        }
        succeed<T>(call, done, std::move(decoded.value()), env.requestId);
    };
}

template <typename T>
void ExotelClient::Private::expectList(
    ClientCall *call, const Callback<QList<T>> &done,
    std::function<void(const QList<T> &, int, std::optional<int>)> onPage) {
    auto loaded = std::make_shared<QList<T>>();
    auto skipped = std::make_shared<QStringList>();
    call->onAnswer = [this, call, done, onPage, loaded, skipped](
                         const QByteArray &, int status, const std::optional<Envelope> &envelope) {
        const Envelope &env = *envelope;
        if (!env.isList && status == 400 && call->pages == 0 &&
            call->spec.query.hasQueryItem(QStringLiteral("page_size"))) {
            // No maximum page size is documented; a server stricter than ours gets its default.
            qCInfo(lcApi).noquote() << call->description() << "refused"
                                    << call->spec.query.queryItemValue(QStringLiteral("page_size"))
                                    << "as page_size; loading the default pages";
            RequestSpec spec = call->spec;
            spec.query.removeAllQueryItems(QStringLiteral("page_size"));
            call->attempt = 0;
            call->transientRetries = 0;
            submit(call, spec);
            return;
        }
        if (!env.isList) {
            // A list endpoint answers errors (404, 401 …) with a single object.
            if (!env.items.isEmpty() && !env.items.first().isSuccess()) {
                call->fail(itemError(env.items.first(), env, status));
                return;
            }
            call->fail(malformed(tr("The server answered with a single result where a list "
                                    "was expected."),
                                 env.requestId, status));
            return;
        }
        ++call->pages;
        const qsizetype skippedBefore = skipped->size();
        QList<T> page;
        if (const EnvelopeItem *failed = decodePage(env, call->pages, &page, skipped.get())) {
            call->fail(itemError(*failed, env, status));
            return;
        }
        for (qsizetype i = skipped->size() - skippedBefore; i > 0; --i)
            qCWarning(lcApi).noquote()
                << call->description() << "skipped" << skipped->at(skipped->size() - i);
        const std::optional<int> total = env.metadata ? env.metadata->total : std::nullopt;
        // Room for the announced total (within reason: it is the server's word), so that a long
        // list is not moved to a larger block, on the UI thread, each time it fills up.
        if (total && *total > loaded->capacity())
            loaded->reserve(std::min(*total, kMaxListReserved));
        loaded->append(page);
        const int count = int(loaded->size());
        qCDebug(lcApi).noquote() << "page" << call->pages << call->description() << "items"
                                 << page.size() << "loaded" << count;
        // The page callback may cancel the call or destroy its context.
        QPointer<ClientCall> guard(call);
        if (onPage && call->contextAlive())
            onPage(page, count, total);
        if (!guard || call->m_finished)
            return;
        emit call->progress(count, total);
        if (!guard || call->m_finished)
            return;

        QString next = env.metadata ? env.metadata->nextPageUri : QString();
        if (next == QLatin1String("null"))
            next.clear();
        if (next.isEmpty()) {
            finish(call, [done, value = *loaded, problems = *skipped, id = env.requestId] {
                if (done)
                    done(ApiResult<QList<T>>::partial(value, problems, id));
            });
            return;
        }
        const std::optional<QUrl> url = resolveNextPage(next);
        if (!url) {
            call->fail(malformed(tr("The server pointed to a next page on another server; it "
                                    "was not followed."),
                                 env.requestId, status));
            return;
        }
        if (call->pageUrls.contains(url->toString(QUrl::FullyEncoded)) || call->pages >= 100000) {
            call->fail(malformed(tr("The server's pages do not end; the list was not loaded."),
                                 env.requestId, status));
            return;
        }
        RequestSpec spec;
        spec.verb = Verb::Get;
        spec.absoluteUrl = *url;
        call->attempt = 0;
        call->transientRetries = 0;
        submit(call, spec);
    };
}

template <typename T>
void ExotelClient::Private::expectOutcomes(ClientCall *call, const QStringList &inputs,
                                           const Callback<QList<ItemOutcome<T>>> &done) {
    call->onAnswer = [this, call, done, inputs](const QByteArray &, int status,
                                                const std::optional<Envelope> &envelope) {
        const Envelope &env = *envelope;
        if (!env.isList) {
            // The whole request was refused (bad body, auth, unknown trunk).
            if (!env.items.isEmpty() && !env.items.first().isSuccess()) {
                call->fail(itemError(env.items.first(), env, status));
                return;
            }
        }
        QList<ItemOutcome<T>> outcomes;
        for (int i = 0; i < inputs.size(); ++i) {
            ItemOutcome<T> outcome;
            outcome.input = inputs.at(i);
            if (i >= env.items.size()) {
                outcome.error =
                    malformed(tr("The server gave no result for this entry; refresh to see "
                                 "whether it was applied."),
                              env.requestId, status);
            } else if (!env.items.at(i).unreadable.isEmpty()) {
                outcome.error = malformed(tr("The result for this entry could not be read: %1")
                                              .arg(env.items.at(i).unreadable),
                                          env.requestId, status);
            } else if (!env.items.at(i).isSuccess()) {
                outcome.error = itemError(env.items.at(i), env, status);
            } else {
                Decoded<T> decoded = T::fromJson(env.items.at(i).data);
                if (decoded)
                    outcome.value = std::move(decoded.value());
                else
                    outcome.error = malformed(
                        tr("The result for this entry could not be read: %1").arg(decoded.error()),
                        env.requestId, status);
            }
            outcomes.append(std::move(outcome));
        }
        if (env.items.size() > inputs.size())
            qCWarning(lcApi).noquote() << call->description() << "answered" << env.items.size()
                                       << "results for" << inputs.size() << "entries";
        succeed<QList<ItemOutcome<T>>>(call, done, std::move(outcomes), env.requestId);
    };
}

// next_page_uri is a path with a query ("/v2/accounts/{sid}/trunks?offset=50&page_size=50").
// It is followed only on the configured server, where the Authorization header belongs.
std::optional<QUrl> ExotelClient::Private::resolveNextPage(const QString &next) const {
    const QUrl ref(next, QUrl::StrictMode);
    if (!ref.isValid())
        return std::nullopt;
    if (!ref.isRelative() || !ref.host().isEmpty()) {
        const QUrl base = config.baseUrl;
        if (ref.scheme().compare(base.scheme(), Qt::CaseInsensitive) != 0 ||
            ref.host().compare(base.host(), Qt::CaseInsensitive) != 0 ||
            ref.port(base.scheme() == QLatin1String("https") ? 443 : 80) !=
                base.port(base.scheme() == QLatin1String("https") ? 443 : 80))
            return std::nullopt;
        return ref;
    }
    QUrl url = config.baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    QString path = ref.path();
    if (!path.startsWith(QLatin1Char('/')))
        path = QLatin1String("/v2/accounts/") + config.accountSid + QLatin1Char('/') + path;
    else if (!basePath.isEmpty() && !path.startsWith(basePath + QLatin1Char('/')))
        path = basePath + path;
    url.setPath(path);
    url.setQuery(ref.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

// ---------------------------------------------------------------------------------------------
// The request pipeline: queue → rate limiter → the one place that builds requests → answer

void ExotelClient::Private::submit(ClientCall *call, RequestSpec spec, bool front) {
    call->spec = std::move(spec);
    if (!baseUrlProblem.isEmpty()) {
        call->fail(makeError(ApiError::Kind::Validation, baseUrlProblem));
        return;
    }
    if (!tlsProblem.isEmpty()) {
        call->fail(makeError(ApiError::Kind::Tls, tlsProblem));
        return;
    }
    call->ticket = front ? limiter.enqueueFront() : limiter.enqueue();
    call->queued = true;
    queuedCalls.insert(call->ticket, call);
    pump();
}

void ExotelClient::Private::pump() {
    const auto ready = limiter.startReady();
    for (const RateLimiter::Ticket ticket : ready) {
        ClientCall *call = queuedCalls.take(ticket);
        if (!call) {
            limiter.finish(ticket);
            continue;
        }
        call->queued = false;
        start(call);
    }
    qint64 wait = limiter.msUntilNextStart();
    if (wait > 0 && timeScale != 1.0)
        wait = std::max<qint64>(1, qint64(std::ceil(double(wait) / timeScale)));
    if (wait >= 0 && (!wakeTimer.isActive() || wakeTimer.remainingTime() > wait))
        wakeTimer.start(int(std::min<qint64>(wait, std::numeric_limits<int>::max())));
}

QUrl ExotelClient::Private::accountUrl(const QString &path, const QUrlQuery &query) const {
    QUrl url = config.baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + QLatin1String("/v2/accounts/") + config.accountSid + path);
    url.setQuery(query);
    url.setFragment(QString());
    return url;
}

// Every request is built here: auth header, JSON headers, timeout, redirect policy.
QNetworkRequest ExotelClient::Private::createRequest(const RequestSpec &spec) const {
    const QUrl url =
        spec.absoluteUrl.isValid() ? spec.absoluteUrl : accountUrl(spec.path, spec.query);
    QNetworkRequest request(url);
    request.setRawHeader(QByteArrayLiteral("Authorization"), authorization);
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    if (spec.verb == Verb::Post || spec.verb == Verb::Put)
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("ExotrunkConsole/" EXOTRUNK_VERSION));
    request.setTransferTimeout(int(config.transferTimeout.count()));
    // Redirects stay on the same scheme, host and port, so credentials never travel elsewhere.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    if (sslConfiguration)
        request.setSslConfiguration(*sslConfiguration);
    return request;
}

void ExotelClient::Private::start(ClientCall *call) {
    const RequestSpec &spec = call->spec;
    const QNetworkRequest request = createRequest(spec);
    ++call->attempt;
    call->inFlight = true;
    call->sentAt.start();

    QString line = QLatin1String("request ") + QLatin1String(verbName(spec.verb)) +
                   QLatin1Char(' ') + redaction::url(request.url());
    if (call->attempt > 1)
        line += QLatin1String(" attempt ") + QString::number(call->attempt);
    if (!spec.body.isEmpty())
        line += QLatin1String(" body ") + QString::fromUtf8(redaction::body(spec.body));
    qCDebug(lcApi).noquote() << line;

    QNetworkReply *reply = nullptr;
    if (spec.verb == Verb::Get) {
        reply = nam->get(request);
    } else {
        QNetworkRequest write = request;
        write.setHeader(QNetworkRequest::ContentLengthHeader, qint64(spec.body.size()));
        write.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OneShotBody(spec.body);
        reply = nam->sendCustomRequest(write, verbName(spec.verb), body);
        body->setParent(reply);
    }
    call->reply = reply;
    call->sslErrors.clear();
    call->aborted = replylimits::Abort::None;
    call->pageUrls.insert(request.url().toString(QUrl::FullyEncoded));
    replylimits::guard(reply, config, [call](replylimits::Abort why) { call->aborted = why; });
    // Only recorded, to say what was wrong: the errors are never ignored, so the handshake fails
    // and the request (with its Authorization header) is never sent.
    QObject::connect(reply, &QNetworkReply::sslErrors, call,
                     [call](const QList<QSslError> &errors) { call->sslErrors = errors; });
    QObject::connect(reply, &QNetworkReply::finished, call,
                     [this, call, reply] { onReplyFinished(call, reply); });
}

void ExotelClient::Private::onReplyFinished(ClientCall *call, QNetworkReply *reply) {
    QObject::disconnect(reply, nullptr, call, nullptr);
    reply->deleteLater();
    call->reply = nullptr;
    if (call->inFlight) {
        call->inFlight = false;
        limiter.finish(call->ticket);
    }
    if (call->m_finished)
        return;

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (call->aborted != replylimits::Abort::None) {
        qCDebug(lcApi).noquote() << "aborted" << call->description() << "status" << status;
        call->fail(replylimits::errorFor(call->aborted, config, call->isWrite()));
        pump();
        return;
    }
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const QNetworkReply::NetworkError error = reply->error();
    // One parse per answer: a page of 200 trunks is the largest body the console reads, and
    // its parse runs on the UI thread.
    const EnvelopeParse parsed = parseEnvelope(body, status);
    const QString requestId = parsed.envelope ? parsed.envelope->requestId : parsed.error.requestId;
    qCDebug(lcApi).noquote() << "answer" << verbName(call->spec.verb)
                             << redaction::url(reply->url()) << "status" << status << "ms"
                             << call->sentAt.elapsed() << "request_id"
                             << (requestId.isEmpty() ? QStringLiteral("-") : requestId)
                             << (error != QNetworkReply::NoError && status == 0
                                     ? QStringLiteral("error %1").arg(int(error))
                                     : QString());

    if (status == 429) {
        onRateLimited(call, reply, body, parsed);
    } else if (status == 0) {
        onNoAnswer(call, error, reply->errorString());
    } else if (status >= 500) {
        onServerError(call, status, parsed);
    } else if (status >= 300 && status < 400) {
        // Only same-origin redirects are followed; the credentials stay with the configured
        // server, so a redirect elsewhere ends here.
        const QUrl target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        call->fail(
            makeError(ApiError::Kind::Network,
                      tr("The server redirected the request to %1; it was not followed, so "
                         "the API key and token stay with the configured server. Check the "
                         "server address of the account.")
                          .arg(target.isEmpty() ? tr("another address")
                                                : redaction::url(reply->url().resolved(target))),
                      status));
    } else {
        const QString contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
        if (!contentType.isEmpty() && !contentType.contains(QLatin1String("json")))
            qCWarning(lcApi).noquote()
                << call->description()
                << QStringLiteral("answered as %1, not JSON; reading it anyway").arg(contentType);
        if (!parsed.envelope) {
            ApiError e = parsed.error;
            if (e.httpStatus == 0)
                e.httpStatus = status;
            if (e.requestId.isEmpty())
                e.requestId = requestId;
            if (e.kind == ApiError::Kind::MalformedResponse && call->isWrite())
                e.message += QLatin1Char(' ') + outcomeUnknownSentence();
            call->fail(e);
        } else {
            call->onAnswer(body, status, parsed.envelope);
        }
    }
    pump();
}

void ExotelClient::Private::onRateLimited(ClientCall *call, QNetworkReply *reply,
                                          const QByteArray &body, const EnvelopeParse &parsed) {
    // Retry-After first; without it, the retry_after of one of the documented 429 bodies.
    qint64 wait = retrytiming::fromHeader(reply->rawHeader(QByteArrayLiteral("Retry-After")),
                                          QDateTime::currentDateTimeUtc());
    if (wait < 0)
        wait = retrytiming::fromBody(body);
    if (wait < 0)
        wait = backoffMs(call->attempt);
    limiter.pauseFor(wait);
    qCDebug(lcApi).noquote() << "rate limited" << call->description() << "pausing" << wait << "ms";
    emit q->rateLimited(wait);
    if (call->m_finished)
        return;
    if (call->attempt < policy.maxAttempts) {
        // The server did not act on a 429, so re-sending is safe for every method.
        submit(call, call->spec, true);
        return;
    }
    ApiError e = makeError(ApiError::Kind::RateLimited,
                           tr("The server is limiting the request rate and refused this request "
                              "%1 times; nothing was changed. Wait a minute and try again.")
                               .arg(call->attempt),
                           429);
    if (parsed.envelope)
        e.requestId = parsed.envelope->requestId;
    call->fail(e);
}

void ExotelClient::Private::onNoAnswer(ClientCall *call, QNetworkReply::NetworkError error,
                                       const QString &errorText) {
    using NE = QNetworkReply::NetworkError;
    ApiError e;
    bool outcomeUnknown = true;
    switch (error) {
    case NE::OperationCanceledError:
        // User cancellation detaches the reply first, so a cancel seen here is the timeout.
        e = makeError(ApiError::Kind::Timeout,
                      tr("The server did not answer within %1 seconds.")
                          .arg(double(config.transferTimeout.count()) / 1000.0));
        break;
    case NE::SslHandshakeFailedError:
    case NE::InsecureRedirectError:
        e = makeError(ApiError::Kind::Tls,
                      call->sslErrors.isEmpty()
                          ? tr("A secure connection to the server could not be established "
                               "(%1). Check this computer's date and time, and whether a proxy "
                               "intercepts HTTPS traffic. Nothing was sent to the server.")
                                .arg(errorText)
                          : tls::describeCertificateErrors(call->sslErrors, config.baseUrl.host()));
        outcomeUnknown = false;
        break;
    case NE::ContentReSendError:
        // The connection closed after the write was sent; the transport wanted to re-send it.
        e = makeError(ApiError::Kind::Network,
                      tr("The connection to the server was lost before it answered."));
        break;
    case NE::ConnectionRefusedError:
    case NE::HostNotFoundError:
    case NE::ProxyConnectionRefusedError:
    case NE::ProxyNotFoundError:
        e = makeError(ApiError::Kind::Network,
                      tr("The server could not be reached (%1).").arg(errorText));
        outcomeUnknown = false;
        break;
    default:
        e = makeError(
            ApiError::Kind::Network,
            tr("The connection to the server was lost before it answered (%1).").arg(errorText));
        break;
    }
    if (!call->isWrite() && error != NE::OperationCanceledError && outcomeUnknown &&
        call->transientRetries < policy.transientRetriesForGet) {
        ++call->transientRetries;
        qCDebug(lcApi).noquote() << "retrying" << call->description() << "after" << errorText;
        submit(call, call->spec, true);
        return;
    }
    if (call->isWrite() && outcomeUnknown)
        e.message += QLatin1Char(' ') + outcomeUnknownSentence();
    call->fail(e);
}

void ExotelClient::Private::onServerError(ClientCall *call, int status,
                                          const EnvelopeParse &parsed) {
    if (!call->isWrite() && call->transientRetries < policy.transientRetriesForGet) {
        ++call->transientRetries;
        qCDebug(lcApi).noquote() << "retrying" << call->description() << "after HTTP" << status;
        submit(call, call->spec, true);
        return;
    }
    ApiError e;
    if (parsed.envelope && !parsed.envelope->items.isEmpty() &&
        !parsed.envelope->items.first().isSuccess())
        e = itemError(parsed.envelope->items.first(), *parsed.envelope, status);
    e.kind = ApiError::Kind::Server;
    e.httpStatus = status;
    if (parsed.envelope && e.requestId.isEmpty())
        e.requestId = parsed.envelope->requestId;
    const QString what = tr("The server failed with HTTP %1.").arg(status);
    e.message = e.message.isEmpty() ? what : what + QLatin1Char(' ') + e.message;
    if (call->isWrite())
        e.message += QLatin1Char(' ') + outcomeUnknownSentence();
    else
        e.message += QLatin1Char(' ') + tr("Try again in a moment.");
    call->fail(e);
}

qint64 ExotelClient::Private::backoffMs(int attempt) const {
    return retrytiming::backoff(attempt, policy.initialBackoff, policy.maxBackoff);
}

// ---------------------------------------------------------------------------------------------
// ApiCall

ApiCall::ApiCall(QString description, QObject *parent)
    : QObject(parent)
    , m_description(std::move(description)) {}

void ApiCall::cancel() {
    if (!m_finished && m_abort)
        m_abort();
}

// ---------------------------------------------------------------------------------------------
// ExotelClient

ExotelClient::ExotelClient(ClientConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_nam(new QNetworkAccessManager(this)) {
    d = std::make_unique<Private>(this, m_config, m_nam);
}

ExotelClient::~ExotelClient() {
    d->wakeTimer.stop();
    const QList<ClientCall *> pending = d->calls;
    for (ClientCall *call : pending)
        d->abandon(call);
    wipeCredentials();
}

void ExotelClient::wipeCredentials() {
    wipeSecret(d->authorization);
    wipeSecret(m_config.apiToken);
}

void ExotelClient::setRetryPolicy(const RetryPolicy &policy) {
    d->policy = policy;
}
RetryPolicy ExotelClient::retryPolicy() const {
    return d->policy;
}

void ExotelClient::setClock(std::function<qint64()> monotonicMs, double timeScale) {
    d->clock = std::move(monotonicMs);
    d->timeScale = timeScale > 0 ? timeScale : 1.0;
}

void ExotelClient::cancelAll() {
    const QList<ClientCall *> pending = d->calls;
    for (ClientCall *call : pending)
        d->cancel(call);
}

int ExotelClient::pendingCount() const {
    return int(d->calls.size());
}

namespace {
QString trunkPath(const TrunkSid &sid, const char *sub = nullptr) {
    QString path = QLatin1String("/trunks/") + sid.value();
    if (sub)
        path += QLatin1Char('/') + QLatin1String(sub);
    return path;
}
} // namespace

ApiCall *ExotelClient::listTrunks(QObject *context, const Callback<QList<Trunk>> &done,
                                  TrunkPageCallback onPage, int pageSize) {
    auto *call = d->makeCall<QList<Trunk>>(QStringLiteral("GET /trunks"), context, done);
    d->expectList<Trunk>(call, done, std::move(onPage));
    RequestSpec spec;
    spec.path = QStringLiteral("/trunks");
    if (pageSize > 0)
        spec.query.addQueryItem(QStringLiteral("page_size"), QString::number(pageSize));
    d->submit(call, spec);
    return call;
}

ApiCall *ExotelClient::getTrunk(const TrunkSid &sid, QObject *context,
                                const Callback<Trunk> &done) {
    auto *call = d->makeCall<Trunk>(QStringLiteral("GET /trunks/{trunk_sid}"), context, done);
    if (d->rejectBadId(call, sid.value(), tr("trunk SID")))
        return call;
    d->expectSingle<Trunk>(call, done);
    RequestSpec spec;
    spec.path = trunkPath(sid);
    d->submit(call, spec);
    return call;
}

ApiCall *ExotelClient::lookUpTrunk(const TrunkSid &sid, QObject *context,
                                   const Callback<QList<Trunk>> &done) {
    auto *call = d->makeCall<QList<Trunk>>(QStringLiteral("GET /trunks?trunk_sid"), context, done);
    if (d->rejectBadId(call, sid.value(), tr("trunk SID")))
        return call;
    d->expectList<Trunk>(call, done, {});
    RequestSpec spec;
    spec.path = QStringLiteral("/trunks");
    spec.query.addQueryItem(QStringLiteral("trunk_sid"), sid.value());
    d->submit(call, spec);
    return call;
}

ApiCall *ExotelClient::createTrunk(const NewTrunk &trunk, QObject *context,
                                   const Callback<Trunk> &done) {
    auto *call = d->makeCall<Trunk>(QStringLiteral("POST /trunks"), context, done);
    if (d->reject(call, validate::trunkName(trunk.name)))
        return call;
    NewTrunk body = trunk;
    if (body.domainName.isEmpty())
        body.domainName = NewTrunk::domainFor(m_config.accountSid);
    if (body.nsoCode.isEmpty())
        body.nsoCode = QStringLiteral("ANY-ANY");
    d->expectSingle<Trunk>(call, done);
    RequestSpec spec;
    spec.verb = Verb::Post;
    spec.path = QStringLiteral("/trunks");
    spec.body = toJsonBytes(body.toJson());
    d->submit(call, spec);
    return call;
}

ApiCall *ExotelClient::deleteTrunk(const TrunkSid &sid, QObject *context,
                                   const Callback<Trunk> &done) {
    auto *call = d->makeCall<Trunk>(QStringLiteral("DELETE /trunks"), context, done);
    if (d->rejectBadId(call, sid.value(), tr("trunk SID")))
        return call;
    d->expectSingle<Trunk>(call, done);
    RequestSpec spec;
    spec.verb = Verb::Delete;
    spec.path = QStringLiteral("/trunks");
    spec.query.addQueryItem(QStringLiteral("trunk_sid"), sid.value());
    d->submit(call, spec);
    return call;
}

ApiCall *ExotelClient::listPhoneNumbers(const TrunkSid &sid, QObject *context,
                                        const Callback<QList<PhoneNumber>> &done) {
    auto *call = d->makeCall<QList<PhoneNumber>>(
        QStringLiteral("GET /trunks/{trunk_sid}/phone-numbers"), context, done);
    if (d->rejectBadId(call, sid.value(), tr("trunk SID")))
        return call;
    d->expectList<PhoneNumber>(call, done, {});
    RequestSpec spec;
    spec.path = trunkPath(sid, "phone-numbers");
    d->submit(call, spec);
    return call;
}

ApiCall *ExotelClient::mapPhoneNumber(const TrunkSid &sid, const NewPhoneNumber &number,
                                      QObject *context, const Callback<PhoneNumber> &done) {
    auto *call = d->makeCall<PhoneNumber>(QStringLiteral("POST /trunks/{trunk_sid}/phone-numbers"),
                                          context, done);
    if (d->rejectBadId(call, sid.value(), tr("trunk SID")) ||
        d->reject(call, validate::e164(number.number)))
        return call;
    d->expectSingle<PhoneNumber>(call, done);
    RequestSpec spec;
    spec.verb = Verb::Post;
    spec.path = trunkPath(sid, "phone-numbers");
    spec.body = toJsonBytes(number.toJson());
    d->submit(call, spec);
    return call;
}

ApiCall *ExotelClient::updatePhoneNumberMode(const TrunkSid &sid, const PhoneNumberId &id,
                                             const QString &number, NumberMode mode,
                                             QObject *context, const Callback<PhoneNumber> &done) {
    auto *call = d->makeCall<PhoneNumber>(
        QStringLiteral("PUT /trunks/{trunk_sid}/phone-numbers/{id}"), context, done);
    if (d->rejectBadId(call, sid.value(), tr("trunk SID")) ||
        d->rejectBadId(call, id.value(), tr("phone number id")) ||
        d->reject(call, validate::e164(number)))
        return call;
    d->expectSingle<PhoneNumber>(call, done);
    // The API needs an explicit mode; "no mode" behaves as pstn.
    const NumberMode sent = mode == NumberMode::Default ? NumberMode::Pstn : mode;
    QJsonObject body;
    body.insert(QStringLiteral("phone_number"), number);
    body.insert(QStringLiteral("mode"), numberModeToWire(sent));
    RequestSpec spec;
    spec.verb = Verb::Put;
    spec.path = trunkPath(sid, "phone-numbers") + QLatin1Char('/') + id.value();
    spec.body = toJsonBytes(body);
    d->submit(call, spec);
    return call;
}

ApiCall *ExotelClient::listWhitelistedIps(const TrunkSid &sid, QObject *context,
                                          const Callback<QList<WhitelistedIp>> &done) {
    auto *call = d->makeCall<QList<WhitelistedIp>>(
        QStringLiteral("GET /trunks/{trunk_sid}/whitelisted-ips"), context, done);
    if (d->rejectBadId(call, sid.value(), tr("trunk SID")))
        return call;
    d->expectList<WhitelistedIp>(call, done, {});
    RequestSpec spec;
    spec.path = trunkPath(sid, "whitelisted-ips");
    d->submit(call, spec);
    return call;
}

ApiCall *ExotelClient::whitelistIp(const TrunkSid &sid, const NewWhitelistedIp &ip,
                                   QObject *context, const Callback<WhitelistedIp> &done) {
    auto *call = d->makeCall<WhitelistedIp>(
        QStringLiteral("POST /trunks/{trunk_sid}/whitelisted-ips"), context, done);
    if (d->rejectBadId(call, sid.value(), tr("trunk SID")) ||
        d->reject(call, validate::ipv4(ip.ip)) || d->reject(call, validate::mask(ip.mask)))
        return call;
    d->expectSingle<WhitelistedIp>(call, done);
    RequestSpec spec;
    spec.verb = Verb::Post;
    spec.path = trunkPath(sid, "whitelisted-ips");
    spec.body = toJsonBytes(ip.toJson());
    d->submit(call, spec);
    return call;
}

ApiCall *ExotelClient::listDestinationUris(const TrunkSid &sid, QObject *context,
                                           const Callback<QList<DestinationUri>> &done) {
    auto *call = d->makeCall<QList<DestinationUri>>(
        QStringLiteral("GET /trunks/{trunk_sid}/destination-uris"), context, done);
    if (d->rejectBadId(call, sid.value(), tr("trunk SID")))
        return call;
    d->expectList<DestinationUri>(call, done, {});
    RequestSpec spec;
    spec.path = trunkPath(sid, "destination-uris");
    d->submit(call, spec);
    return call;
}

ApiCall *
ExotelClient::addDestinationUris(const TrunkSid &sid, const QList<NewDestination> &destinations,
                                 QObject *context,
                                 const Callback<QList<ItemOutcome<DestinationUri>>> &done) {
    auto *call = d->makeCall<QList<ItemOutcome<DestinationUri>>>(
        QStringLiteral("POST /trunks/{trunk_sid}/destination-uris"), context, done);
    if (d->rejectBadId(call, sid.value(), tr("trunk SID")))
        return call;
    if (destinations.isEmpty() &&
        d->reject(call, Validity::error(tr("Add at least one destination URI."))))
        return call;
    QStringList inputs;
    QJsonArray array;
    for (const NewDestination &destination : destinations) {
        const Validity validity = validate::destination(destination);
        if (!validity.isAcceptable()) {
            d->reject(call, Validity::error(
                                tr("%1: %2").arg(destination.toUriString(), validity.message)));
            return call;
        }
        inputs.append(destination.toUriString());
        array.append(destination.toJson());
    }
    d->expectOutcomes<DestinationUri>(call, inputs, done);
    QJsonObject body;
    body.insert(QStringLiteral("destinations"), array);
    RequestSpec spec;
    spec.verb = Verb::Post;
    spec.path = trunkPath(sid, "destination-uris");
    spec.body = toJsonBytes(body);
    d->submit(call, spec);
    return call;
}

ApiCall *ExotelClient::listCredentials(const TrunkSid &sid, QObject *context,
                                       const Callback<QList<Credential>> &done) {
    auto *call = d->makeCall<QList<Credential>>(
        QStringLiteral("GET /trunks/{trunk_sid}/credentials"), context, done);
    if (d->rejectBadId(call, sid.value(), tr("trunk SID")))
        return call;
    d->expectList<Credential>(call, done, {});
    RequestSpec spec;
    spec.path = trunkPath(sid, "credentials");
    d->submit(call, spec);
    return call;
}

ApiCall *ExotelClient::createCredential(const TrunkSid &sid, const NewCredential &credential,
                                        QObject *context, const Callback<Credential> &done) {
    auto *call = d->makeCall<Credential>(QStringLiteral("POST /trunks/{trunk_sid}/credentials"),
                                         context, done);
    if (d->rejectBadId(call, sid.value(), tr("trunk SID")) ||
        d->reject(call, validate::credentialUserName(credential.userName)) ||
        d->reject(call, validate::friendlyName(credential.friendlyName)) ||
        d->reject(call, validate::password(credential.password)))
        return call;
    d->expectSingle<Credential>(call, done);
    RequestSpec spec;
    spec.verb = Verb::Post;
    spec.path = trunkPath(sid, "credentials");
    spec.body = toJsonBytes(credential.toJson());
    d->submit(call, spec);
    return call;
}

ApiCall *ExotelClient::deleteCredential(const TrunkSid &sid, const CredentialId &id,
                                        QObject *context, const Callback<Credential> &done) {
    auto *call = d->makeCall<Credential>(QStringLiteral("DELETE /trunks/{trunk_sid}/credentials"),
                                         context, done);
    if (d->rejectBadId(call, sid.value(), tr("trunk SID")) ||
        d->rejectBadId(call, id.value(), tr("credential id")))
        return call;
    d->expectSingle<Credential>(call, done);
    RequestSpec spec;
    spec.verb = Verb::Delete;
    spec.path = trunkPath(sid, "credentials");
    spec.query.addQueryItem(QStringLiteral("id"), id.value());
    d->submit(call, spec);
    return call;
}

ApiCall *ExotelClient::setCallerIdAlias(const TrunkSid &sid, const QString &e164, QObject *context,
                                        const Callback<TrunkSetting> &done) {
    auto *call = d->makeCall<TrunkSetting>(QStringLiteral("POST /trunks/{trunk_sid}/settings"),
                                           context, done);
    if (d->rejectBadId(call, sid.value(), tr("trunk SID")) || d->reject(call, validate::e164(e164)))
        return call;
    d->expectSingle<TrunkSetting>(call, done);
    QJsonObject setting;
    setting.insert(QStringLiteral("name"), QLatin1String(TrunkSetting::ExternalAlias));
    setting.insert(QStringLiteral("value"), e164);
    QJsonObject body;
    body.insert(QStringLiteral("settings"), QJsonArray{setting});
    RequestSpec spec;
    spec.verb = Verb::Post;
    spec.path = trunkPath(sid, "settings");
    spec.body = toJsonBytes(body);
    d->submit(call, spec);
    return call;
}

} // namespace exotrunk
