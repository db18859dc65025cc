#include "api/apitransport.h"

#include "api/accountpath.h"
#include "api/exotelclient.h"
#include "api/oneshotbody.h"
#include "api/redaction.h"
#include "api/retrytiming.h"
#include "api/tlstrust.h"
#include "api/transporterrors.h"
#include "domain/secretmemory.h"
#include "validation/validators.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>

namespace exotrunk {

namespace {

// The documented limit is per rolling minute. The limiter holds each request's slot until a
// minute after its answer (the server counts arrivals, which lie between start and answer);
// the margin allows for a server whose window moves in whole seconds. At a saturated queue
// this costs under 2% of the limit and nothing below it.
constexpr qint64 kRateWindowMs = 60000;
constexpr qint64 kRateWindowMarginMs = 1000;

} // namespace

bool isSafeId(const QString &id) {
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_.-]{1,128}$"));
    return re.match(id).hasMatch();
}

ApiTransport::ApiTransport(const ClientConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_nam(new QNetworkAccessManager(this))
    , m_limiter(
          config.requestsPerMinute, config.maxConcurrentRequests,
          [this] { return m_clock ? m_clock() : m_elapsed.elapsed(); }, kRateWindowMs,
          kRateWindowMarginMs) {
    m_elapsed.start();
    m_wakeTimer.setSingleShot(true);
    // A coarse timer may fire 5% late: three seconds on a minute's wait, every window.
    m_wakeTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_wakeTimer, &QTimer::timeout, this, [this] { pump(); });
    // The intermediate copies of the token are zeroed too, not only the header.
    QString userPass = config.apiKey + QLatin1Char(':') + config.apiToken;
    QByteArray utf8 = userPass.toUtf8();
    wipeSecret(userPass);
    m_authorization = "Basic " + utf8.toBase64();
    wipeSecret(utf8);
    m_baseUrlProblem = ClientConfig::checkBaseUrl(config.baseUrl);
    if (m_baseUrlProblem.isEmpty() && !validate::accountSid(config.accountSid).isAcceptable())
        m_baseUrlProblem = validate::accountSid(config.accountSid).message;
    if (m_baseUrlProblem.isEmpty() && !isSafeId(config.accountSid))
        m_baseUrlProblem =
            ExotelClient::tr("The account SID contains characters that cannot be sent.");
    if (!config.caCertificateFile.isEmpty())
        m_sslConfiguration =
            tls::configurationWithExtraCas(config.caCertificateFile, &m_tlsProblem);
}

ApiTransport::~ApiTransport() {
    m_wakeTimer.stop();
    abandonAll();
    wipeCredentials();
}

void ApiTransport::wipeCredentials() {
    wipeSecret(m_authorization);
}

void ApiTransport::setClock(std::function<qint64()> monotonicMs, double timeScale) {
    m_clock = std::move(monotonicMs);
    m_timeScale = timeScale > 0 ? timeScale : 1.0;
}

// ---------------------------------------------------------------------------------------------
// Calls: creation, completion, cancellation

ClientCall *ApiTransport::newCall(QString description, QObject *context) {
    auto *call = new ClientCall(std::move(description), this);
    call->context = context;
    call->hasContext = context != nullptr;
    if (context)
        connect(context, &QObject::destroyed, call, [this, call] { abandon(call); });
    call->m_abort = [this, call] {
        cancel(call);
    };
    m_calls.append(call);
    return call;
}

// The callback always runs from the event loop, never inside the method that caused it, and
// only while its context lives.
void ApiTransport::finish(ClientCall *call, std::function<void()> deliver) {
    if (call->m_finished)
        return;
    call->m_finished = true;
    detach(call);
    m_calls.removeOne(call);
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
void ApiTransport::detach(ClientCall *call) {
    if (call->queued) {
        m_limiter.remove(call->ticket);
        m_queuedCalls.remove(call->ticket);
        call->queued = false;
    }
    if (call->inFlight) {
        call->inFlight = false;
        m_limiter.finish(call->ticket);
        if (QNetworkReply *reply = call->reply) {
            QObject::disconnect(reply, nullptr, call, nullptr);
            reply->abort();
            reply->deleteLater();
        }
        call->reply = nullptr;
        // A slot became free; start the next request from the event loop.
        QMetaObject::invokeMethod(
            this, [this] { pump(); }, Qt::QueuedConnection);
    }
}

void ApiTransport::cancel(ClientCall *call) {
    if (call->m_finished)
        return;
    qCDebug(lcApi).noquote() << "cancel" << call->description();
    call->fail(
        makeError(ApiError::Kind::Cancelled, ExotelClient::tr("The request was cancelled.")));
}

// The context is gone: stop the work and never run the callback.
void ApiTransport::abandon(ClientCall *call) {
    if (call->m_finished)
        return;
    qCDebug(lcApi).noquote() << "abandon" << call->description() << "(context destroyed)";
    call->m_finished = true;
    detach(call);
    m_calls.removeOne(call);
    call->deleteLater();
}

void ApiTransport::cancelAll() {
    const QList<ClientCall *> pending = m_calls;
    for (ClientCall *call : pending)
        cancel(call);
}

void ApiTransport::abandonAll() {
    const QList<ClientCall *> pending = m_calls;
    for (ClientCall *call : pending)
        abandon(call);
}

// next_page_uri is a path with a query ("/v2/accounts/{sid}/trunks?offset=50&page_size=50").
// It is followed only on the configured server, where the Authorization header belongs.
std::optional<QUrl> ApiTransport::resolveNextPage(const QString &next) const {
    const QUrl ref(next, QUrl::StrictMode);
    if (!ref.isValid())
        return std::nullopt;
    const QUrl &base = m_config.baseUrl;
    if (!ref.isRelative() || !ref.host().isEmpty()) {
        const int defaultPort = base.scheme() == QLatin1String("https") ? 443 : 80;
        if (ref.scheme().compare(base.scheme(), Qt::CaseInsensitive) != 0 ||
            ref.host().compare(base.host(), Qt::CaseInsensitive) != 0 ||
            ref.port(defaultPort) != base.port(defaultPort))
            return std::nullopt;
        return ref;
    }
    QUrl url = base;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    QString path = ref.path();
    if (!path.startsWith(QLatin1Char('/')))
        path = accountPath(m_config.accountSid) + QLatin1Char('/') + path;
    else if (!basePath.isEmpty() && !path.startsWith(basePath + QLatin1Char('/')))
        path = basePath + path;
    url.setPath(path);
    url.setQuery(ref.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

// ---------------------------------------------------------------------------------------------
// The request pipeline: queue → rate limiter → the one place that builds requests → answer

void ApiTransport::submit(ClientCall *call, RequestSpec spec, bool front) {
    if (call->m_finished)
        return; // refused before it was sent (invalid input, an unsupported endpoint)
    call->spec = std::move(spec);
    if (!m_baseUrlProblem.isEmpty()) {
        call->fail(makeError(ApiError::Kind::Validation, m_baseUrlProblem));
        return;
    }
    if (!m_tlsProblem.isEmpty()) {
        call->fail(makeError(ApiError::Kind::Tls, m_tlsProblem));
        return;
    }
    call->ticket = front ? m_limiter.enqueueFront() : m_limiter.enqueue();
    call->queued = true;
    m_queuedCalls.insert(call->ticket, call);
    pump();
}

void ApiTransport::pump() {
    const auto ready = m_limiter.startReady();
    for (const RateLimiter::Ticket ticket : ready) {
        ClientCall *call = m_queuedCalls.take(ticket);
        if (!call) {
            m_limiter.finish(ticket);
            continue;
        }
        call->queued = false;
        start(call);
    }
    qint64 wait = m_limiter.msUntilNextStart();
    if (wait > 0 && m_timeScale != 1.0)
        wait = std::max<qint64>(1, qint64(std::ceil(double(wait) / m_timeScale)));
    if (wait >= 0 && (!m_wakeTimer.isActive() || m_wakeTimer.remainingTime() > wait))
        m_wakeTimer.start(int(std::min<qint64>(wait, std::numeric_limits<int>::max())));
}

QUrl ApiTransport::accountUrl(const QString &path, const QUrlQuery &query) const {
    QUrl url = m_config.baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + accountPath(m_config.accountSid) + path);
    url.setQuery(query);
    url.setFragment(QString());
    return url;
}

// Every request is built here: auth header, JSON headers, timeout, redirect policy.
QNetworkRequest ApiTransport::createRequest(const RequestSpec &spec) const {
    const QUrl url =
        spec.absoluteUrl.isValid() ? spec.absoluteUrl : accountUrl(spec.path, spec.query);
    QNetworkRequest request(url);
    request.setRawHeader(QByteArrayLiteral("Authorization"), m_authorization);
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    if (spec.carriesJson())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("ExotrunkConsole/" EXOTRUNK_VERSION));
    request.setTransferTimeout(int(m_config.transferTimeout.count()));
    // Redirects stay on the same scheme, host and port, so credentials never travel elsewhere.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    if (m_sslConfiguration)
        request.setSslConfiguration(*m_sslConfiguration);
    return request;
}

void ApiTransport::start(ClientCall *call) {
    const RequestSpec &spec = call->spec;
    const QNetworkRequest request = createRequest(spec);
    ++call->attempt;
    call->inFlight = true;
    call->sentAt.start();

    QString line = QLatin1String("request ") + QString::fromLatin1(spec.method) + QLatin1Char(' ') +
                   redaction::url(request.url());
    if (call->attempt > 1)
        line += QLatin1String(" attempt ") + QString::number(call->attempt);
    if (!spec.body.isEmpty())
        line += QLatin1String(" body ") + QString::fromUtf8(redaction::body(spec.body));
    qCDebug(lcApi).noquote() << line;

    QNetworkReply *reply = nullptr;
    if (spec.isGet()) {
        reply = m_nam->get(request);
    } else {
        QNetworkRequest write = request;
        write.setHeader(QNetworkRequest::ContentLengthHeader, qint64(spec.body.size()));
        write.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OneShotBody(spec.body);
        reply = m_nam->sendCustomRequest(write, spec.method, body);
        body->setParent(reply);
    }
    call->reply = reply;
    call->sslErrors.clear();
    call->aborted = replylimits::Abort::None;
    call->pageUrls.insert(request.url().toString(QUrl::FullyEncoded));
    replylimits::guard(reply, m_config, [call](replylimits::Abort why) { call->aborted = why; });
    // Only recorded, to say what was wrong: the errors are never ignored, so the handshake fails
    // and the request (with its Authorization header) is never sent.
    connect(reply, &QNetworkReply::sslErrors, call,
            [call](const QList<QSslError> &errors) { call->sslErrors = errors; });
    connect(reply, &QNetworkReply::finished, call,
            [this, call, reply] { onReplyFinished(call, reply); });
}

void ApiTransport::onReplyFinished(ClientCall *call, QNetworkReply *reply) {
    QObject::disconnect(reply, nullptr, call, nullptr);
    reply->deleteLater();
    call->reply = nullptr;
    if (call->inFlight) {
        call->inFlight = false;
        m_limiter.finish(call->ticket);
    }
    if (call->m_finished)
        return;

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (call->aborted != replylimits::Abort::None) {
        remember(call, reply, status, QString());
        qCDebug(lcApi).noquote() << "aborted" << call->description() << "status" << status;
        call->fail(replylimits::errorFor(call->aborted, m_config, call->isWrite()));
        pump();
        return;
    }
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const QNetworkReply::NetworkError error = reply->error();
    // One parse per answer: a page of 200 trunks is the largest body the console reads, and
    // its parse runs on the UI thread.
    const EnvelopeParse parsed = parseEnvelope(body, status);
    const QString requestId = parsed.envelope ? parsed.envelope->requestId : parsed.error.requestId;
    remember(call, reply, status, requestId);
    qCDebug(lcApi).noquote() << "answer" << call->spec.method << redaction::url(reply->url())
                             << "status" << status << "ms" << call->sentAt.elapsed() << "request_id"
                             << (requestId.isEmpty() ? QStringLiteral("-") : requestId)
                             << (error != QNetworkReply::NoError && status == 0
                                     ? QStringLiteral("error %1").arg(int(error))
                                     : QString());

    if (status == 429)
        onRateLimited(call, reply, body, parsed);
    else if (status == 0)
        onNoAnswer(call, error, reply->errorString());
    else if (status >= 500)
        onServerError(call, status, parsed);
    else
        onAnswer(call, reply, body, status, parsed);
    pump();
}

void ApiTransport::remember(const ClientCall *call, const QNetworkReply *reply, int status,
                            const QString &requestId) {
    RequestRecord record;
    record.at = QDateTime::currentDateTime();
    record.method = QString::fromLatin1(call->spec.method);
    record.path = RequestRecord::safePath(reply->url());
    record.httpStatus = status;
    record.requestId = requestId;
    record.durationMs = call->sentAt.elapsed();
    m_history.add(std::move(record));
}

// A 2xx–4xx answer: a redirect ends here; anything else goes to the call's decoder.
void ApiTransport::onAnswer(ClientCall *call, QNetworkReply *reply, const QByteArray &body,
                            int status, const EnvelopeParse &parsed) {
    if (status >= 300 && status < 400) {
        // Only same-origin redirects are followed; the credentials stay with the configured
        // server, so a redirect elsewhere ends here.
        call->fail(redirectError(
            reply->url(), reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl(),
            status));
        return;
    }
    const QString contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    if (!contentType.isEmpty() && !contentType.contains(QLatin1String("json")))
        qCWarning(lcApi).noquote()
            << call->description()
            << QStringLiteral("answered as %1, not JSON; reading it anyway").arg(contentType);
    if (parsed.envelope) {
        call->onAnswer(body, status, parsed.envelope);
        return;
    }
    ApiError e = parsed.error;
    if (e.httpStatus == 0)
        e.httpStatus = status;
    if (e.kind == ApiError::Kind::MalformedResponse && call->isWrite())
        e.message += QLatin1Char(' ') + outcomeUnknownSentence();
    call->fail(e);
}

void ApiTransport::onRateLimited(ClientCall *call, QNetworkReply *reply, const QByteArray &body,
                                 const EnvelopeParse &parsed) {
    // Retry-After first; without it, the retry_after of one of the documented 429 bodies.
    qint64 wait = retrytiming::fromHeader(reply->rawHeader(QByteArrayLiteral("Retry-After")),
                                          QDateTime::currentDateTimeUtc());
    if (wait < 0)
        wait = retrytiming::fromBody(body);
    if (wait < 0)
        wait = retrytiming::backoff(call->attempt, m_policy.initialBackoff, m_policy.maxBackoff);
    m_limiter.pauseFor(wait);
    qCDebug(lcApi).noquote() << "rate limited" << call->description() << "pausing" << wait << "ms";
    emit rateLimited(wait);
    if (call->m_finished)
        return;
    if (call->attempt < m_policy.maxAttempts) {
        // The server did not act on a 429, so re-sending is safe for every method.
        submit(call, call->spec, true);
        return;
    }
    call->fail(rateLimitError(call->attempt, parsed));
}

// Re-sends an idempotent request once more after an unknown outcome; false: the caller fails it.
bool ApiTransport::retryUnknownOutcome(ClientCall *call, const QString &why) {
    if (call->isWrite() || call->transientRetries >= m_policy.transientRetriesForGet)
        return false;
    ++call->transientRetries;
    qCDebug(lcApi).noquote() << "retrying" << call->description() << "after" << why;
    submit(call, call->spec, true);
    return true;
}

void ApiTransport::onNoAnswer(ClientCall *call, QNetworkReply::NetworkError error,
                              const QString &errorText) {
    bool outcomeUnknown = true;
    ApiError e = noAnswerError(error, errorText, call->sslErrors, m_config.baseUrl.host(),
                               m_config.transferTimeout, &outcomeUnknown);
    // A timeout is not retried: the whole wait would start again.
    if (error != QNetworkReply::OperationCanceledError && outcomeUnknown &&
        retryUnknownOutcome(call, errorText))
        return;
    if (call->isWrite() && outcomeUnknown)
        e.message += QLatin1Char(' ') + outcomeUnknownSentence();
    call->fail(e);
}

void ApiTransport::onServerError(ClientCall *call, int status, const EnvelopeParse &parsed) {
    if (retryUnknownOutcome(call, QStringLiteral("HTTP %1").arg(status)))
        return;
    call->fail(serverError(status, parsed, call->isWrite()));
}

} // namespace exotrunk
