#include "api/transporterrors.h"

#include "api/exotelclient.h"
#include "api/redaction.h"
#include "api/tlstrust.h"

namespace exotrunk {

// The strings keep the client's translation context (ExotelClient::tr): they were translated
// there before the transport was split out of the client.

QString outcomeUnknownSentence() {
    return ExotelClient::tr(
        "The server may or may not have applied the change: refresh to see the current "
        "state before trying again.");
}

ApiError makeError(ApiError::Kind kind, QString message, int httpStatus) {
    ApiError e;
    e.kind = kind;
    e.message = std::move(message);
    e.httpStatus = httpStatus;
    return e;
}

ApiError noAnswerError(QNetworkReply::NetworkError error, const QString &errorText,
                       const QList<QSslError> &sslErrors, const QString &host,
                       std::chrono::milliseconds transferTimeout, bool *outcomeUnknown) {
    using NE = QNetworkReply::NetworkError;
    *outcomeUnknown = true;
    switch (error) {
    case NE::OperationCanceledError:
        // User cancellation detaches the reply first, so a cancel seen here is the timeout.
        return makeError(ApiError::Kind::Timeout,
                         ExotelClient::tr("The server did not answer within %1 seconds.")
                             .arg(double(transferTimeout.count()) / 1000.0));
    case NE::SslHandshakeFailedError:
    case NE::InsecureRedirectError:
        *outcomeUnknown = false;
        return makeError(
            ApiError::Kind::Tls,
            sslErrors.isEmpty()
                ? ExotelClient::tr("A secure connection to the server could not be established "
                                   "(%1). Check this computer's date and time, and whether a "
                                   "proxy intercepts HTTPS traffic. Nothing was sent to the "
                                   "server.")
                      .arg(errorText)
                : tls::describeCertificateErrors(sslErrors, host));
    case NE::ContentReSendError:
        // The connection closed after the write was sent; the transport wanted to re-send it.
        return makeError(
            ApiError::Kind::Network,
            ExotelClient::tr("The connection to the server was lost before it answered."));
    case NE::ConnectionRefusedError:
    case NE::HostNotFoundError:
    case NE::ProxyConnectionRefusedError:
    case NE::ProxyNotFoundError:
        *outcomeUnknown = false;
        return makeError(ApiError::Kind::Network,
                         ExotelClient::tr("The server could not be reached (%1).").arg(errorText));
    default:
        break;
    }
    return makeError(
        ApiError::Kind::Network,
        ExotelClient::tr("The connection to the server was lost before it answered (%1).")
            .arg(errorText));
}

ApiError redirectError(const QUrl &requestUrl, const QUrl &target, int status) {
    return makeError(
        ApiError::Kind::Network,
        ExotelClient::tr("The server redirected the request to %1; it was not followed, so "
                         "the API key and token stay with the configured server. Check the "
                         "server address of the account.")
            .arg(target.isEmpty() ? ExotelClient::tr("another address")
                                  : redaction::url(requestUrl.resolved(target))),
        status);
}

ApiError serverError(int status, const EnvelopeParse &parsed, bool isWrite) {
    ApiError e;
    if (parsed.envelope && !parsed.envelope->items.isEmpty() &&
        !parsed.envelope->items.first().isSuccess())
        e = parsed.envelope->items.first().error;
    e.kind = ApiError::Kind::Server;
    e.httpStatus = status;
    if (parsed.envelope && e.requestId.isEmpty())
        e.requestId = parsed.envelope->requestId;
    const QString what = ExotelClient::tr("The server failed with HTTP %1.").arg(status);
    e.message = e.message.isEmpty() ? what : what + QLatin1Char(' ') + e.message;
    if (isWrite)
        e.message += QLatin1Char(' ') + outcomeUnknownSentence();
    else
        e.message += QLatin1Char(' ') + ExotelClient::tr("Try again in a moment.");
    return e;
}

ApiError rateLimitError(int attempts, const EnvelopeParse &parsed) {
    ApiError e = makeError(
        ApiError::Kind::RateLimited,
        ExotelClient::tr("The server is limiting the request rate and refused this request "
                         "%1 times; nothing was changed. Wait a minute and try again.")
            .arg(attempts),
        429);
    if (parsed.envelope)
        e.requestId = parsed.envelope->requestId;
    return e;
}

} // namespace exotrunk
