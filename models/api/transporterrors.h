#pragma once

// The words of the transport: what a request that failed on the way says to its caller.

#include "api/apierror.h"
#include "api/envelope.h"

#include <QList>
#include <QNetworkReply>
#include <QSslError>
#include <QUrl>

#include <chrono>

namespace exotrunk {

// "The server may or may not have applied the change: refresh …", for a write whose answer
// was lost or unreadable.
QString outcomeUnknownSentence();
ApiError makeError(ApiError::Kind kind, QString message, int httpStatus = 0);

// No HTTP answer arrived. `outcomeUnknown` is set when the server may have acted on it.
ApiError noAnswerError(QNetworkReply::NetworkError error, const QString &errorText,
                       const QList<QSslError> &sslErrors, const QString &host,
                       std::chrono::milliseconds transferTimeout, bool *outcomeUnknown);
// A redirect that was not followed (only same-origin ones are).
ApiError redirectError(const QUrl &requestUrl, const QUrl &target, int status);
// A 5xx: the server's own words when it gave an envelope.
ApiError serverError(int status, const EnvelopeParse &parsed, bool isWrite);
// 429 after the last attempt.
ApiError rateLimitError(int attempts, const EnvelopeParse &parsed);

} // namespace exotrunk
