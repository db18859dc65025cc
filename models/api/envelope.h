#pragma once

#include "api/apierror.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace exotrunk {

// One {"code","error_data","status","data"} object. Success is decided here, per item,
// from status/code — never from the HTTP status alone (the live API reports duplicates
// as HTTP 200 with an inner 409).
struct EnvelopeItem {
    int code = 0;
    QString status;
    QJsonValue data; // Null for a failed item
    ApiError error;  // kind None when the item succeeded
    // Set for an element of a list that does not have the item shape at all: the console cannot
    // tell what it is, so a list skips it (and says so) instead of failing every other item.
    QString unreadable;

    bool isSuccess() const { return !error.isError() && unreadable.isEmpty(); }
};

struct EnvelopeMetadata {
    std::optional<int> total;
    std::optional<int> page;
    std::optional<int> pageSize;
    std::optional<int> success; // multi-item POSTs
    std::optional<int> failed;
    QString firstPageUri;
    QString prevPageUri;
    QString nextPageUri; // empty when this is the last page
};

struct Envelope {
    QString requestId;
    QString method;
    int httpCode = 0;
    bool isList = false;                      // "response" was an array
    std::optional<EnvelopeMetadata> metadata; // lists may come without any
    QList<EnvelopeItem> items;                // one item for a single result
};

struct EnvelopeParse {
    std::optional<Envelope> envelope;
    ApiError error; // MalformedResponse (or the HTTP-level error) when envelope is empty
};

// Parses a response body. httpStatus is the transport's status code; when the body is not
// an envelope at all (HTML error page, truncated JSON), the error is built from the status.
EnvelopeParse parseEnvelope(const QByteArray &body, int httpStatus);

} // namespace exotrunk
