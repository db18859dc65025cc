#include "sandboxserver.h"

#include "sandboxapi.h"

#include "api/endpointcatalogue.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QTimer>

#include <deque>
#include <map>
#include <optional>

Q_LOGGING_CATEGORY(lcSandbox, "exotrunk.sandbox")

namespace exotrunk::sandbox {

namespace {

constexpr qint64 kWindowMs = 60000;
const QString kAccountsPrefix = QStringLiteral("/v2/accounts/");

QString methodName(QHttpServerRequest::Method method) {
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QStringLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    default:
        return QStringLiteral("UNKNOWN");
    }
}

// QHttpServerResponder looks the reason phrase up in a fixed table and throws for codes it
// does not know, so only these are ever written.
bool isWritableStatus(int status) {
    static const int known[] = {200, 207, 400, 401, 403, 404, 405, 409,
                                415, 429, 500, 501, 502, 503, 504};
    return std::find(std::begin(known), std::end(known), status) != std::end(known);
}

// Everything the answer needs, captured before the handler returns: the request object is
// reused by the connection, the answer may be written much later.
struct Incoming {
    QString method;
    QString path;          // decoded path
    QString pathWithQuery; // for the log
    QUrlQuery query;
    QByteArray body;
    QByteArray authorization;
    QByteArray contentType;
};

struct Outcome {
    ApiReply reply;
    QByteArray rawBody; // non-null: sent instead of the JSON reply (HTML pages)
    QByteArray contentType = QByteArrayLiteral("application/json");
    bool drop = false;
    bool truncate = false;
    bool inflateTotal = false;
    int delayMs = 0;
};

} // namespace

class SandboxServer::Private {
public:
    SandboxServer *q = nullptr;
    SandboxOptions options;
    QHttpServer http;
    quint16 port = 0;
    QString error;
    std::function<qint64()> clock;
    std::unique_ptr<SandboxApi> api;
    QList<Fault> faults;
    std::deque<qint64> window; // clock times of the requests counted by the rate limit
    QRandomGenerator random{QRandomGenerator::global()->generate()};
    QElapsedTimer uptime;
    std::map<quint64, LoggedRequest> log; // by arrival sequence
    quint64 nextLogId = 0;

    qint64 now() const { return clock ? clock() : QDateTime::currentMSecsSinceEpoch(); }

    void onRequest(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    Outcome decide(const Incoming &in);
    std::optional<Fault> takeFault(const QString &method, const QString &relativePath);
    std::optional<ApiReply> checkRateLimit(const QString &method);
    std::optional<ApiReply> unsupportedTrunkRead(const Incoming &in,
                                                 const QStringList &segments) const;
    std::optional<ApiReply> refuse(const Incoming &in, const QString &account,
                                   const QStringList &segments);
    void finish(quint64 logId, int status);
    void write(QHttpServerResponder &responder, const Outcome &outcome, quint64 logId);
};

void SandboxServer::Private::onRequest(const QHttpServerRequest &request,
                                       QHttpServerResponder &&responder) {
    Incoming in;
    in.method = methodName(request.method());
    const QUrl url = request.url();
    in.path = url.path(QUrl::FullyDecoded);
    in.query = QUrlQuery(url);
    in.pathWithQuery = url.path() + (url.hasQuery() ? QLatin1Char('?') + url.query() : QString());
    in.body = request.body();
    in.authorization = request.value(QByteArrayLiteral("Authorization"));
    in.contentType = request.value(QByteArrayLiteral("Content-Type"));

    const quint64 logId = nextLogId++;
    LoggedRequest entry;
    entry.method = in.method;
    entry.path = in.pathWithQuery;
    entry.receivedMs = uptime.elapsed();
    log.emplace(logId, entry);

    const Outcome outcome = decide(in);
    if (outcome.drop) {
        qCDebug(lcSandbox) << in.method << in.pathWithQuery << "dropped";
        finish(logId, 0);
        if (QTcpSocket *socket = responder.socket())
            socket->abort();
        return;
    }
    const int delay = outcome.delayMs + options.latencyMs;
    if (delay <= 0) {
        write(responder, outcome, logId);
        return;
    }
    // The responder outlives this handler so other requests are served meanwhile; the socket
    // may be gone by then if the client gave up.
    auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
    QPointer<QTcpSocket> socket = held->socket();
    QTimer::singleShot(delay, Qt::PreciseTimer, q, [this, held, socket, outcome, logId]() {
        if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
            qCDebug(lcSandbox) << "client left before the delayed answer";
            finish(logId, 0);
            return;
        }
        write(*held, outcome, logId);
    });
}

void SandboxServer::Private::write(QHttpServerResponder &responder, const Outcome &outcome,
                                   quint64 logId) {
    int status = outcome.reply.status;
    if (!isWritableStatus(status))
        status = 500;
    QByteArray body = outcome.rawBody.isNull()
                          ? QJsonDocument(outcome.reply.body).toJson(QJsonDocument::Compact)
                          : outcome.rawBody;
    if (outcome.truncate)
        body.truncate(body.size() / 2);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(status));
    responder.writeHeader(QByteArrayLiteral("Content-Type"), outcome.contentType);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(body.size()));
    for (const auto &header : outcome.reply.headers)
        responder.writeHeader(header.first, header.second);
    responder.writeBody(body);
    finish(logId, status);
}

void SandboxServer::Private::finish(quint64 logId, int status) {
    const auto it = log.find(logId);
    if (it == log.end())
        return; // the log was cleared meanwhile
    it->second.status = status;
    it->second.answeredMs = uptime.elapsed();
    qCDebug(lcSandbox).noquote() << it->second.method << it->second.path << "->" << status;
}

std::optional<Fault> SandboxServer::Private::takeFault(const QString &method,
                                                       const QString &relativePath) {
    for (int i = 0; i < faults.size(); ++i) {
        Fault &fault = faults[i];
        if (fault.times == 0)
            continue;
        if (!fault.method.isEmpty() && fault.method.compare(method, Qt::CaseInsensitive) != 0)
            continue;
        if (!fault.pathContains.isEmpty() && !relativePath.contains(fault.pathContains))
            continue;
        const Fault hit = fault;
        if (fault.times > 0 && --fault.times == 0)
            faults.removeAt(i);
        return hit;
    }
    return std::nullopt;
}

std::optional<ApiReply> SandboxServer::Private::checkRateLimit(const QString &method) {
    if (options.requestsPerMinute <= 0)
        return std::nullopt; // no limit
    const qint64 t = now();
    while (!window.empty() && window.front() <= t - kWindowMs)
        window.pop_front();
    if (int(window.size()) < options.requestsPerMinute) {
        window.push_back(t);
        return std::nullopt;
    }
    const qint64 waitMs = window.front() + kWindowMs - t;
    const qint64 retryAfter = std::max<qint64>(1, (waitMs + 999) / 1000);
    ApiReply reply =
        SandboxApi::errorReply(method, 429, 429, QStringLiteral("Too Many Requests"),
                               QStringLiteral("More than %1 requests in a minute; retry after %2 s")
                                   .arg(options.requestsPerMinute)
                                   .arg(retryAfter));
    reply.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfter)});
    return reply;
}

// The trunk reads an account may lack: listing, the trunk_sid-narrowed list, the path form.
std::optional<ApiReply>
SandboxServer::Private::unsupportedTrunkRead(const Incoming &in,
                                             const QStringList &segments) const {
    const std::optional<EndpointMatch> match = matchEndpoint(in.method, segments, in.query);
    if (!match)
        return std::nullopt;
    const bool refused = (match->id == Endpoint::ListTrunks && !options.listTrunksSupported) ||
                         (match->id == Endpoint::LookUpTrunk && !options.trunkSidFilterSupported) ||
                         (match->id == Endpoint::GetTrunk && !options.singleTrunkPathSupported);
    if (!refused)
        return std::nullopt;
    return SandboxApi::errorReply(in.method, 404, 1000, QStringLiteral("Not Found"),
                                  QStringLiteral("No %1 endpoint at %2").arg(in.method, in.path));
}

namespace {

// Marks `out` with the fault's effect; true when the fault's answer replaces the API's.
bool applyFault(const Fault &fault, const Incoming &in, Outcome *out) {
    switch (fault.kind) {
    case Fault::Kind::Drop:
        out->drop = true;
        return true;
    case Fault::Kind::ServerError: {
        const int status = isWritableStatus(fault.status) ? fault.status : 500;
        out->reply = SandboxApi::errorReply(in.method, status, status,
                                            QStringLiteral("Internal Server Error"),
                                            QStringLiteral("The server failed to process the "
                                                           "request"));
        return true;
    }
    case Fault::Kind::TooManyRequests:
        out->reply =
            SandboxApi::errorReply(in.method, 429, 429, QStringLiteral("Too Many Requests"),
                                   QStringLiteral("Rate limit exceeded"));
        if (fault.retryAfterSeconds > 0)
            out->reply.headers.append(
                {QByteArrayLiteral("Retry-After"), QByteArray::number(fault.retryAfterSeconds)});
        if (fault.retryAfterInBody > 0) // the other documented 429 shape
            out->reply.body.insert(QStringLiteral("retry_after"), fault.retryAfterInBody);
        return true;
    case Fault::Kind::NotJson:
        out->reply.status = 502;
        out->contentType = QByteArrayLiteral("text/html");
        out->rawBody = QByteArrayLiteral(
            "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
            "<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n");
        return true;
    case Fault::Kind::InnerDuplicate:
        out->reply = SandboxApi::innerDuplicateReply(in.method, QString());
        return true;
    case Fault::Kind::AllItemsFailed:
        out->reply = SandboxApi::allItemsFailedReply(in.method, in.body);
        return true;
    case Fault::Kind::Delay:
        out->delayMs = std::max(0, fault.delayMs);
        return false;
    case Fault::Kind::Truncated:
        out->truncate = true;
        return false;
    case Fault::Kind::WrongContentType:
        out->contentType = QByteArrayLiteral("text/plain");
        return false;
    case Fault::Kind::InflatedTotal:
        out->inflateTotal = true;
        return false;
    }
    return false;
}

} // namespace

// What the server answers itself before the API sees the request: credentials, account, rate
// limit, trunk reads the account lacks, content type.
std::optional<ApiReply> SandboxServer::Private::refuse(const Incoming &in, const QString &account,
                                                       const QStringList &segments) {
    const QByteArray expected =
        "Basic " + (options.apiKey + QLatin1Char(':') + options.apiToken).toUtf8().toBase64();
    if (in.authorization != expected)
        return SandboxApi::errorReply(in.method, 401, 1010, QStringLiteral("Authorization failed"),
                                      in.authorization.isEmpty()
                                          ? QStringLiteral("Missing Authorization header")
                                          : QStringLiteral("Invalid API key or token"));
    if (!in.path.startsWith(kAccountsPrefix) || account.isEmpty())
        return SandboxApi::errorReply(in.method, 404, 1000, QStringLiteral("Not Found"),
                                      QStringLiteral("No endpoint at %1").arg(in.path));
    if (account != options.accountSid)
        return SandboxApi::errorReply(
            in.method, 403, 1003, QStringLiteral("Authorization failed"),
            QStringLiteral("These credentials are not valid for account %1").arg(account));
    if (std::optional<ApiReply> limited = checkRateLimit(in.method))
        return limited;
    if (std::optional<ApiReply> unsupported = unsupportedTrunkRead(in, segments))
        return unsupported;
    if ((in.method == QLatin1String("POST") || in.method == QLatin1String("PUT")) &&
        !in.contentType.trimmed().toLower().startsWith("application/json"))
        return SandboxApi::errorReply(
            in.method, 415, 1011, QStringLiteral("Unsupported content type"),
            QStringLiteral("Send the body as JSON with Content-Type: application/json"));
    return std::nullopt;
}

Outcome SandboxServer::Private::decide(const Incoming &in) {
    Outcome out;
    QStringList segments;
    QString account;
    QString relative = in.pathWithQuery;
    if (in.path.startsWith(kAccountsPrefix)) {
        segments = in.path.mid(kAccountsPrefix.size()).split(QLatin1Char('/'));
        account = segments.takeFirst();
        if (!segments.isEmpty() && segments.last().isEmpty())
            segments.removeLast(); // tolerate a trailing slash
        const int accountEnd =
            in.pathWithQuery.indexOf(account, kAccountsPrefix.size()) + account.size();
        relative = in.pathWithQuery.mid(accountEnd);
    }

    if (const std::optional<Fault> fault = takeFault(in.method, relative)) {
        if (applyFault(*fault, in, &out))
            return out;
    }
    if (options.dropRate > 0 && random.generateDouble() < options.dropRate) {
        out.drop = true;
        return out;
    }
    if (options.failureRate > 0 && random.generateDouble() < options.failureRate) {
        out.reply =
            SandboxApi::errorReply(in.method, 503, 503, QStringLiteral("Service Unavailable"),
                                   QStringLiteral("The service is temporarily "
                                                  "unavailable; try again later"));
        return out;
    }
    if (std::optional<ApiReply> refused = refuse(in, account, segments)) {
        out.reply = *refused;
        return out;
    }

    ApiRequest request;
    request.method = in.method;
    request.segments = segments;
    request.query = in.query;
    request.body = in.body;
    request.contentType = in.contentType;
    out.reply = api->handle(request);
    if (out.inflateTotal) {
        QJsonObject metadata = out.reply.body.value(QStringLiteral("metadata")).toObject();
        if (metadata.contains(QStringLiteral("total"))) {
            metadata.insert(QStringLiteral("total"), 2000000000);
            out.reply.body.insert(QStringLiteral("metadata"), metadata);
        }
    }
    return out;
}

SandboxServer::SandboxServer(SandboxOptions options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>()) {
    d->q = this;
    d->options = std::move(options);
    d->uptime.start();
    d->api =
        std::make_unique<SandboxApi>(d->options.accountSid, [p = d.get()]() { return p->now(); });
    if (d->options.seedDemoData)
        d->api->seedDemoData();
    d->api->seedTrunks(d->options.extraTrunks);
    d->api->setMaxPageSize(d->options.maxPageSize, d->options.refuseLargerPages);
    d->api->setReferenceOnly(d->options.referenceOnly);

    const auto handler = [p = d.get()](const QHttpServerRequest &request,
                                       QHttpServerResponder &&responder) {
        p->onRequest(request, std::move(responder));
    };
    // Every path, known or not, goes through one place so auth, limits, faults and the log
    // apply uniformly; the API layer answers unknown paths with Exotel's 1000.
    d->http.route(
        QStringLiteral("/v2/accounts/<arg>/<arg>"),
        [handler](const QString &, const QUrl &, const QHttpServerRequest &request,
                  QHttpServerResponder &&responder) { handler(request, std::move(responder)); });
    d->http.setMissingHandler(handler);
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::start(quint16 port) {
    if (d->port != 0) {
        d->error = QStringLiteral("The sandbox is already listening on port %1").arg(d->port);
        return false;
    }
    if (d->options.tls) {
        QString problem;
        const std::optional<QSslConfiguration> tls =
            serverTlsConfiguration(*d->options.tls, &problem);
        if (!tls) {
            d->error = problem;
            return false;
        }
        d->http.sslSetup(*tls);
    }
    const quint16 bound = d->http.listen(QHostAddress::LocalHost, port);
    if (bound == 0) {
        d->error = QStringLiteral("Cannot listen on 127.0.0.1:%1 (is the port in use?)").arg(port);
        return false;
    }
    d->port = bound;
    d->error.clear();
    qCInfo(lcSandbox).noquote() << "sandbox for account" << d->options.accountSid << "listening on"
                                << baseUrl().toString();
    return true;
}

quint16 SandboxServer::port() const {
    return d->port;
}

QUrl SandboxServer::baseUrl() const {
    QUrl url;
    url.setScheme(d->options.tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(d->port);
    return url;
}

QString SandboxServer::errorString() const {
    return d->error;
}

const SandboxOptions &SandboxServer::options() const {
    return d->options;
}

void SandboxServer::addFault(const Fault &fault) {
    d->faults.append(fault);
}

void SandboxServer::clearFaults() {
    d->faults.clear();
}

void SandboxServer::setLatencyMs(int ms) {
    d->options.latencyMs = std::max(0, ms);
}

void SandboxServer::setFailureRate(double rate) {
    d->options.failureRate = std::clamp(rate, 0.0, 1.0);
}

void SandboxServer::setDropRate(double rate) {
    d->options.dropRate = std::clamp(rate, 0.0, 1.0);
}

void SandboxServer::setRequestsPerMinute(int limit) {
    d->options.requestsPerMinute = limit;
}

void SandboxServer::setListTrunksSupported(bool supported) {
    d->options.listTrunksSupported = supported;
}

void SandboxServer::setReferenceOnly(bool referenceOnly) {
    d->options.referenceOnly = referenceOnly;
    d->api->setReferenceOnly(referenceOnly);
}

void SandboxServer::setRandomSeed(quint32 seed) {
    d->random.seed(seed);
}

void SandboxServer::setClock(std::function<qint64()> msSinceEpoch) {
    d->clock = std::move(msSinceEpoch);
    d->window.clear(); // times from another clock cannot be compared
}

QList<LoggedRequest> SandboxServer::requestLog() const {
    QList<LoggedRequest> entries;
    entries.reserve(qsizetype(d->log.size()));
    for (const auto &entry : d->log)
        entries.append(entry.second);
    return entries;
}

void SandboxServer::clearRequestLog() {
    d->log.clear();
}

int SandboxServer::trunkCount() const {
    return d->api->trunkCount();
}

void SandboxServer::seedTrunks(int n) {
    d->api->seedTrunks(n);
}

QString SandboxServer::trunkSid(const QString &trunkName) const {
    return d->api->trunkSid(trunkName);
}

QString SandboxServer::addTrunkNamed(const QString &name) {
    return d->api->addTrunkNamed(name);
}

QString SandboxServer::addUnreadableTrunk() {
    return d->api->addUnreadableTrunk();
}

void SandboxServer::addUnreadablePhoneNumber(const QString &trunkSid) {
    d->api->addUnreadablePhoneNumber(trunkSid);
}

QString SandboxServer::foreignTrunkSid() const {
    return d->api->foreignTrunkSid();
}

QJsonObject SandboxServer::readState(const QString &relativePath) const {
    const QUrl url(relativePath);
    ApiRequest request;
    request.method = QStringLiteral("GET");
    request.segments = url.path(QUrl::FullyDecoded).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    request.query = QUrlQuery(url);
    return d->api->handle(request).body;
}

} // namespace exotrunk::sandbox
