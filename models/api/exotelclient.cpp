#include "api/exotelclient.h"

#include "api/endpointbodies.h"
#include "api/exotelclient_p.h"
#include "domain/secretmemory.h"

Q_LOGGING_CATEGORY(lcApi, "exotrunk.api")

namespace exotrunk {

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
// The client's private part: requests from catalogue rows, and what the account supports

ExotelClient::Private::Private(ExotelClient *client, const ClientConfig &config)
    : q(client)
    , transport(config) {
    QObject::connect(&transport, &ApiTransport::rateLimited, q, &ExotelClient::rateLimited);
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

bool ExotelClient::Private::rejectBadTrunk(ClientCall *call, const TrunkSid &sid) {
    return rejectBadId(call, sid.value(), tr("trunk SID"));
}

void ExotelClient::Private::send(ClientCall *call, const EndpointRequest &request) {
    const EndpointRow &row = endpointRow(request.id);
    RequestSpec spec;
    spec.method = QByteArray(row.method);
    spec.path = endpointPath(request.id, request.trunkSid, request.objectId);
    spec.query = endpointQuery(request.id, request.objectId);
    for (const auto &item : request.extraQuery.queryItems(QUrl::FullyEncoded))
        spec.query.addQueryItem(item.first, item.second);
    if (request.body)
        spec.body = endpointbody::toWire(*request.body);
    // Only rows the catalogue calls idempotent (the reads) are re-sent after a lost answer.
    spec.idempotent = row.idempotent;
    transport.submit(call, spec);
}

bool ExotelClient::Private::meansUnsupported(Endpoint id, const ApiError &error) {
    if (error.httpStatus == 405)
        return true;
    // A 404 on the two trunk reads keeps its own meaning: the trunk list's fallback decides
    // there whether a trunk is gone (see trunklistfallback.cpp).
    return error.httpStatus == 404 && id != Endpoint::GetTrunk && id != Endpoint::LookUpTrunk;
}

ApiError ExotelClient::Private::supportChecked(Endpoint id, const ApiError &error) {
    if (error.kind == ApiError::Kind::Unsupported || !meansUnsupported(id, error))
        return error;
    const auto known = unsupported.constFind(int(id));
    if (known != unsupported.cend())
        return *known;
    ApiError e;
    e.kind = ApiError::Kind::Unsupported;
    e.httpStatus = error.httpStatus;
    e.exotelCode = error.exotelCode;
    e.message = endpointSignature(id);
    e.description = error.serverText();
    e.requestId = error.requestId;
    unsupported.insert(int(id), e);
    qCInfo(lcApi).noquote() << e.message << "is not supported on this account (HTTP"
                            << error.httpStatus << ")";
    // From the event loop: a receiver may do anything, the transport is mid-answer here.
    QMetaObject::invokeMethod(
        q, [client = q, id] { emit client->supportChanged(id); }, Qt::QueuedConnection);
    return e;
}

// ---------------------------------------------------------------------------------------------
// ExotelClient

ExotelClient::ExotelClient(ClientConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , d(std::make_unique<Private>(this, m_config)) {}

ExotelClient::~ExotelClient() {
    d->transport.abandonAll();
    wipeCredentials();
}

void ExotelClient::wipeCredentials() {
    d->transport.wipeCredentials();
    wipeSecret(m_config.apiToken);
}

bool ExotelClient::isSupported(Endpoint endpoint) const {
    return !d->unsupported.contains(int(endpoint));
}

QString ExotelClient::unsupportedReason(Endpoint endpoint) const {
    const auto known = d->unsupported.constFind(int(endpoint));
    if (known == d->unsupported.cend())
        return {};
    ApiError reason = *known;
    reason.requestId.clear(); // a sentence for a tooltip; the failed call showed the id
    return reason.userMessage();
}

void ExotelClient::setRetryPolicy(const RetryPolicy &policy) {
    d->transport.setRetryPolicy(policy);
}

RetryPolicy ExotelClient::retryPolicy() const {
    return d->transport.retryPolicy();
}

void ExotelClient::setClock(std::function<qint64()> monotonicMs, double timeScale) {
    d->transport.setClock(std::move(monotonicMs), timeScale);
}

void ExotelClient::cancelAll() {
    d->transport.cancelAll();
}

const RequestHistory &ExotelClient::requestHistory() const {
    return d->transport.history();
}

int ExotelClient::pendingCount() const {
    return d->transport.pendingCount();
}

} // namespace exotrunk
