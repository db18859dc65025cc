#include "api/envelope.h"

#include "api/redaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace exotrunk {

namespace {

QString typeOf(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::Null:
        return QCoreApplication::translate("exotrunk::Envelope", "null", "JSON type, after: got");
    case QJsonValue::Bool:
        return QCoreApplication::translate("exotrunk::Envelope", "a boolean",
                                           "JSON type, after: got");
    case QJsonValue::Double:
        return QCoreApplication::translate("exotrunk::Envelope", "a number",
                                           "JSON type, after: got");
    case QJsonValue::String:
        return QCoreApplication::translate("exotrunk::Envelope", "a string",
                                           "JSON type, after: got");
    case QJsonValue::Array:
        return QCoreApplication::translate("exotrunk::Envelope", "an array",
                                           "JSON type, after: got");
    case QJsonValue::Object:
        return QCoreApplication::translate("exotrunk::Envelope", "an object",
                                           "JSON type, after: got");
    case QJsonValue::Undefined:
        break;
    }
    return QCoreApplication::translate("exotrunk::Envelope", "nothing", "JSON type, after: got");
}

bool isHttpError(int status) {
    return status >= 400 && status < 600;
}

// A whole number that fits an int; nullopt for anything else.
std::optional<int> intFrom(const QJsonValue &value) {
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (!std::isfinite(d) || std::floor(d) != d || d < -2147483648.0 || d > 2147483647.0)
        return std::nullopt;
    return static_cast<int>(d);
}

// The <title> of an HTML error page says more than its status line ("502 Bad Gateway").
QString htmlTitle(const QByteArray &body) {
    static const QRegularExpression title(QStringLiteral("<title[^>]*>([^<]{1,200})</title>"),
                                          QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = title.match(QString::fromUtf8(body.left(4096)));
    return m.hasMatch() ? m.captured(1).simplified() : QString();
}

QString statusPhrase(int status) {
    switch (status) {
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 405:
        return QStringLiteral("Method Not Allowed");
    case 408:
        return QStringLiteral("Request Timeout");
    case 409:
        return QStringLiteral("Conflict");
    case 415:
        return QStringLiteral("Unsupported Media Type");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 500:
        return QStringLiteral("Internal Server Error");
    case 502:
        return QStringLiteral("Bad Gateway");
    case 503:
        return QStringLiteral("Service Unavailable");
    case 504:
        return QStringLiteral("Gateway Timeout");
    default:
        break;
    }
    return {};
}

// What to report when the body is not an envelope. An error status tells more than the body
// (a 429 has come in two undocumented shapes, a 502 is an HTML page from a proxy), so it wins.
ApiError bodyError(const QString &problem, const QByteArray &body, int httpStatus,
                   const QString &requestId) {
    ApiError e;
    e.httpStatus = httpStatus;
    e.requestId = requestId;
    if (isHttpError(httpStatus)) {
        e.kind = ApiError::kindForCodes(0, httpStatus);
        const QString phrase = statusPhrase(httpStatus);
        e.message = phrase.isEmpty() ? QStringLiteral("HTTP %1").arg(httpStatus)
                                     : QStringLiteral("HTTP %1 %2").arg(httpStatus).arg(phrase);
        const QString title = htmlTitle(body);
        e.description =
            title.isEmpty()
                ? QCoreApplication::translate("exotrunk::Envelope",
                                              "The body was not an Exotel response (%1).")
                      .arg(problem)
                : QCoreApplication::translate(
                      "exotrunk::Envelope",
                      "The server sent a page titled \"%1\" instead of an Exotel response.")
                      .arg(title);
        return e;
    }
    e.kind = ApiError::Kind::MalformedResponse;
    e.message = QCoreApplication::translate("exotrunk::Envelope",
                                            "The response is not a valid Exotel envelope: %1.")
                    .arg(problem);
    const QString title = htmlTitle(body);
    if (!title.isEmpty())
        e.description = QCoreApplication::translate("exotrunk::Envelope",
                                                    "The server sent an HTML page titled \"%1\".")
                            .arg(title);
    return e;
}

// Reads an item's "error_data" ({code, message, description}) into `error`; `present` says
// whether there was one. Returns a problem description when it has another shape.
QString parseErrorData(const QJsonValue &errorData, const QString &where, ApiError *error,
                       bool *present) {
    *present = false;
    if (errorData.isUndefined() || errorData.isNull())
        return {};
    if (!errorData.isObject())
        return QCoreApplication::translate("exotrunk::Envelope",
                                           "%1.error_data must be an object or null, got %2")
            .arg(where, typeOf(errorData));
    const QJsonObject ed = errorData.toObject();
    const QJsonValue edCode = ed.value(QLatin1String("code"));
    if (std::optional<int> c = intFrom(edCode)) {
        error->exotelCode = *c;
    } else if (edCode.isString()) {
        bool ok = false;
        const int parsed = edCode.toString().toInt(&ok);
        if (!ok)
            return QCoreApplication::translate("exotrunk::Envelope",
                                               "%1.error_data.code must be a number, got \"%2\"")
                .arg(where, edCode.toString().left(40));
        error->exotelCode = parsed;
    } else if (!edCode.isUndefined() && !edCode.isNull()) {
        return QCoreApplication::translate("exotrunk::Envelope",
                                           "%1.error_data.code must be a number, got %2")
            .arg(where, typeOf(edCode));
    }
    const QJsonValue message = ed.value(QLatin1String("message"));
    const QJsonValue description = ed.value(QLatin1String("description"));
    if (!message.isUndefined() && !message.isNull() && !message.isString())
        return QCoreApplication::translate("exotrunk::Envelope",
                                           "%1.error_data.message must be a string, got %2")
            .arg(where, typeOf(message));
    if (!description.isUndefined() && !description.isNull() && !description.isString())
        return QCoreApplication::translate("exotrunk::Envelope",
                                           "%1.error_data.description must be a string, got %2")
            .arg(where, typeOf(description));
    error->message = message.toString();
    error->description = description.toString();
    *present = true;
    return {};
}

// Fills `item` from one {"code","error_data","status","data"} object; returns a problem
// description when the object does not have that shape.
QString parseItem(const QJsonValue &value, const QString &where, int fallbackStatus,
                  EnvelopeItem *item) {
    if (!value.isObject())
        return QCoreApplication::translate("exotrunk::Envelope", "%1 must be an object, got %2")
            .arg(where, typeOf(value));
    const QJsonObject o = value.toObject();

    const QJsonValue code = o.value(QLatin1String("code"));
    std::optional<int> innerCode;
    if (!code.isUndefined() && !code.isNull()) {
        innerCode = intFrom(code);
        if (!innerCode && code.isString()) {
            bool ok = false;
            const int parsed = code.toString().toInt(&ok);
            if (ok)
                innerCode = parsed;
        }
        if (!innerCode)
            return QCoreApplication::translate("exotrunk::Envelope",
                                               "%1.code must be a whole number, got %2")
                .arg(where, typeOf(code));
        item->code = *innerCode;
    }

    const QJsonValue status = o.value(QLatin1String("status"));
    if (!status.isUndefined() && !status.isNull() && !status.isString())
        return QCoreApplication::translate("exotrunk::Envelope",
                                           "%1.status must be a string, got %2")
            .arg(where, typeOf(status));
    item->status = status.toString();

    ApiError error;
    bool hasErrorData = false;
    if (QString problem =
            parseErrorData(o.value(QLatin1String("error_data")), where, &error, &hasErrorData);
        !problem.isEmpty())
        return problem;

    // Success is what the item says about itself. The live API answers duplicates with HTTP 200
    // and an inner 409, so the transport status only decides when the item says nothing.
    bool failed = false;
    if (!item->status.isEmpty())
        failed = item->status.compare(QLatin1String("success"), Qt::CaseInsensitive) != 0;
    if (innerCode && (*innerCode < 200 || *innerCode >= 300))
        failed = true;
    if (hasErrorData)
        failed = true;
    if (item->status.isEmpty() && !innerCode && !hasErrorData)
        failed = isHttpError(fallbackStatus);

    item->data = o.value(QLatin1String("data"));
    if (item->data.isUndefined())
        item->data = QJsonValue(QJsonValue::Null);

    if (failed) {
        const int meant =
            innerCode && *innerCode >= 100 && *innerCode < 600 ? *innerCode : fallbackStatus;
        error.httpStatus = meant;
        error.kind = ApiError::kindForCodes(error.exotelCode, meant);
        if (error.kind == ApiError::Kind::None)
            error.kind = ApiError::Kind::Server; // a failure that gives no reason
        if (error.message.isEmpty() && !hasErrorData)
            error.message =
                QCoreApplication::translate("exotrunk::Envelope",
                                            "The item reported status \"%1\" with code %2.")
                    .arg(item->status.isEmpty()
                             ? QCoreApplication::translate("exotrunk::Envelope", "none",
                                                           "an item without a status")
                             : item->status)
                    .arg(innerCode.value_or(meant));
        item->data = QJsonValue(QJsonValue::Null);
        item->error = error;
    }
    return {};
}

QString parseMetadata(const QJsonObject &o, EnvelopeMetadata *meta) {
    const auto readInt = [&o](const char *key, std::optional<int> *out) -> QString {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        const std::optional<int> n = intFrom(v);
        if (!n)
            return QCoreApplication::translate("exotrunk::Envelope",
                                               "metadata.%1 must be a whole number, got %2")
                .arg(QLatin1String(key), typeOf(v));
        *out = n;
        return {};
    };
    const auto readUri = [&o](const char *key, QString *out) -> QString {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString())
            return QCoreApplication::translate("exotrunk::Envelope",
                                               "metadata.%1 must be a string or null, got %2")
                .arg(QLatin1String(key), typeOf(v));
        *out = v.toString();
        return {};
    };
    for (const QString &problem :
         {readInt("total", &meta->total), readInt("page", &meta->page),
          readInt("page_size", &meta->pageSize), readInt("success", &meta->success),
          readInt("failed", &meta->failed), readUri("first_page_uri", &meta->firstPageUri),
          readUri("prev_page_uri", &meta->prevPageUri),
          readUri("next_page_uri", &meta->nextPageUri)}) {
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

// The envelope's own fields: request_id, method, http_code, metadata. Returns a problem
// description when one has the wrong shape.
QString parseHeader(const QJsonObject &root, Envelope *env) {
    QString problem;
    const QJsonValue requestId = root.value(QLatin1String("request_id"));
    // The id is logged and shown: whatever the server put in it stays printable and short.
    if (requestId.isString())
        env->requestId = redaction::requestId(requestId.toString());
    else if (!requestId.isUndefined() && !requestId.isNull())
        problem =
            QCoreApplication::translate("exotrunk::Envelope", "request_id must be a string, got %1")
                .arg(typeOf(requestId));

    const QJsonValue method = root.value(QLatin1String("method"));
    if (problem.isEmpty()) {
        if (method.isString())
            env->method = method.toString();
        else if (!method.isUndefined() && !method.isNull())
            problem =
                QCoreApplication::translate("exotrunk::Envelope", "method must be a string, got %1")
                    .arg(typeOf(method));
    }

    const QJsonValue httpCode = root.value(QLatin1String("http_code"));
    if (problem.isEmpty() && !httpCode.isUndefined() && !httpCode.isNull()) {
        if (const std::optional<int> c = intFrom(httpCode))
            env->httpCode = *c;
        else
            problem = QCoreApplication::translate("exotrunk::Envelope",
                                                  "http_code must be a whole number, got %1")
                          .arg(typeOf(httpCode));
    }

    const QJsonValue metadata = root.value(QLatin1String("metadata"));
    if (problem.isEmpty()) {
        if (metadata.isObject()) {
            EnvelopeMetadata meta;
            problem = parseMetadata(metadata.toObject(), &meta);
            env->metadata = meta;
        } else if (!metadata.isUndefined() && !metadata.isNull()) {
            problem = QCoreApplication::translate("exotrunk::Envelope",
                                                  "metadata must be an object, got %1")
                          .arg(typeOf(metadata));
        }
    }

    return problem;
}

// The "response" field: one item (an object) or a list of items (an array).
QString parseResponse(const QJsonObject &root, int httpStatus, Envelope *env) {
    // An item that says nothing about itself is judged by the transport status; without one,
    // by the http_code the envelope reports.
    const int fallbackStatus = httpStatus > 0 ? httpStatus : env->httpCode;
    const QJsonValue response = root.value(QLatin1String("response"));
    if (response.isObject()) {
        EnvelopeItem item;
        QString problem = parseItem(response, QStringLiteral("response"), fallbackStatus, &item);
        env->items.append(item);
        return problem;
    }
    if (response.isArray()) {
        env->isList = true;
        const QJsonArray array = response.toArray();
        env->items.reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i) {
            EnvelopeItem item;
            const QString itemProblem = parseItem(
                array.at(i), QStringLiteral("response[%1]").arg(i), fallbackStatus, &item);
            if (!itemProblem.isEmpty()) {
                // One element of odd shape must not hide the others.
                item = EnvelopeItem{};
                item.data = QJsonValue(QJsonValue::Null);
                item.unreadable = itemProblem;
            }
            env->items.append(item);
        }
        return {};
    }
    if (response.isUndefined())
        return QCoreApplication::translate("exotrunk::Envelope", "it has no \"response\" field");
    return QCoreApplication::translate("exotrunk::Envelope",
                                       "\"response\" must be an object or an array, got %1")
        .arg(typeOf(response));
}

} // namespace

EnvelopeParse parseEnvelope(const QByteArray &body, int httpStatus) {
    EnvelopeParse result;
    if (body.trimmed().isEmpty()) {
        result.error =
            bodyError(QCoreApplication::translate("exotrunk::Envelope", "the body is empty"), body,
                      httpStatus, {});
        return result;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QString problem =
            body.trimmed().startsWith('<')
                ? QCoreApplication::translate("exotrunk::Envelope",
                                              "it is an HTML or XML page, not JSON")
                : QCoreApplication::translate("exotrunk::Envelope",
                                              "it is not valid JSON (%1 at byte %2 of %3)")
                      .arg(parseError.errorString())
                      .arg(qMin<qsizetype>(parseError.offset, body.size()))
                      .arg(body.size());
        result.error = bodyError(problem, body, httpStatus, {});
        return result;
    }
    if (!doc.isObject()) {
        result.error =
            bodyError(QCoreApplication::translate("exotrunk::Envelope",
                                                  "the top level is an array, not an object"),
                      body, httpStatus, {});
        return result;
    }
    const QJsonObject root = doc.object();

    Envelope env;
    QString problem = parseHeader(root, &env);
    if (problem.isEmpty())
        problem = parseResponse(root, httpStatus, &env);

    if (!problem.isEmpty()) {
        result.error = bodyError(problem, body, httpStatus, env.requestId);
        return result;
    }

    for (EnvelopeItem &item : env.items) {
        if (item.error.isError())
            item.error.requestId = env.requestId;
    }

    // An error status with an envelope whose items all claim success (or that has none) is
    // still an error: the status is the only signal left.
    if (isHttpError(httpStatus) && httpStatus != 207) {
        bool anyFailed = false;
        for (const EnvelopeItem &item : env.items)
            anyFailed = anyFailed || item.error.isError();
        if (!anyFailed) {
            result.error = bodyError(
                QCoreApplication::translate("exotrunk::Envelope", "it reports no failure"), body,
                httpStatus, env.requestId);
            result.error.description = QCoreApplication::translate(
                "exotrunk::Envelope",
                "The server answered with an error status, but its envelope reported no failure.");
            return result;
        }
    }

    result.envelope = std::move(env);
    return result;
}

} // namespace exotrunk
