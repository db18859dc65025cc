#include "api/calldecoding.h"

namespace exotrunk {

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

QString unreadableItemSentence(int item, int page, const QString &why) {
    return ExotelClient::tr("Item %1 on page %2 of the list could not be read: %3")
        .arg(item)
        .arg(page)
        .arg(why);
}

bool failedSingle(ClientCall *call, int status, const Envelope &env) {
    if (env.items.isEmpty()) {
        call->fail(malformed(ExotelClient::tr("The server's answer held no result."), env.requestId,
                             status));
        return true;
    }
    const EnvelopeItem &item = env.items.first();
    if (!item.isSuccess()) {
        call->fail(itemError(item, env, status));
        return true;
    }
    if (status >= 400) {
        ApiError e = makeError(
            ApiError::kindForCodes(0, status),
            ExotelClient::tr("The server refused the request (HTTP %1).").arg(status), status);
        e.requestId = env.requestId;
        call->fail(e);
        return true;
    }
    return false;
}

bool retriedWithoutPageSize(ApiTransport &transport, ClientCall *call, int status,
                            const Envelope &env) {
    const QString pageSize = QStringLiteral("page_size");
    if (env.isList || status != 400 || call->pages != 0 || !call->spec.query.hasQueryItem(pageSize))
        return false;
    // No maximum page size is documented; a server stricter than ours gets its default.
    qCInfo(lcApi).noquote() << call->description() << "refused"
                            << call->spec.query.queryItemValue(pageSize)
                            << "as page_size; loading the default pages";
    RequestSpec spec = call->spec;
    spec.query.removeAllQueryItems(pageSize);
    call->attempt = 0;
    call->transientRetries = 0;
    transport.submit(call, spec);
    return true;
}

bool followNextPage(ApiTransport &transport, ClientCall *call, int status, const Envelope &env) {
    QString next = env.metadata ? env.metadata->nextPageUri : QString();
    if (next == QLatin1String("null"))
        next.clear();
    if (next.isEmpty())
        return false;
    const std::optional<QUrl> url = transport.resolveNextPage(next);
    if (!url) {
        call->fail(malformed(ExotelClient::tr("The server pointed to a next page on another "
                                              "server; it was not followed."),
                             env.requestId, status));
        return true;
    }
    if (call->pageUrls.contains(url->toString(QUrl::FullyEncoded)) || call->pages >= 100000) {
        call->fail(
            malformed(ExotelClient::tr("The server's pages do not end; the list was not loaded."),
                      env.requestId, status));
        return true;
    }
    RequestSpec spec;
    spec.absoluteUrl = *url;
    spec.idempotent = true;
    call->attempt = 0;
    call->transientRetries = 0;
    transport.submit(call, spec);
    return true;
}

} // namespace exotrunk
