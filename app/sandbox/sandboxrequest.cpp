#include "sandboxrequest.h"

#include "sandboxenvelope.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <cmath>
#include <utility>

namespace exotrunk::sandbox {

namespace {

const QString kBodyParseMessage = QStringLiteral("Invalid request body,failed parsing ");

// offset and page_size, checked and clamped; nullopt with `error` set when one is invalid.
std::optional<std::pair<int, int>> readPage(const ApiRequest &r, const PageLimits &limits,
                                            ApiReply *error) {
    int offset = 0;
    int pageSize = kDefaultPageSize;
    if (r.query.hasQueryItem(QStringLiteral("offset"))) {
        bool ok = false;
        offset = r.query.queryItemValue(QStringLiteral("offset")).toInt(&ok);
        if (!ok || offset < 0) {
            *error = invalid(r, QStringLiteral("Invalid offset"),
                             QStringLiteral("offset must be a non-negative integer"));
            return std::nullopt;
        }
    }
    if (r.query.hasQueryItem(QStringLiteral("page_size"))) {
        bool ok = false;
        pageSize = r.query.queryItemValue(QStringLiteral("page_size")).toInt(&ok);
        if (!ok || pageSize < 1) {
            *error = invalid(r, QStringLiteral("Invalid page_size"),
                             QStringLiteral("page_size must be a positive integer"));
            return std::nullopt;
        }
        if (pageSize > limits.maxPageSize && limits.refuseLarger) {
            *error =
                invalid(r, QStringLiteral("Invalid page_size"),
                        QStringLiteral("page_size must not exceed %1").arg(limits.maxPageSize));
            return std::nullopt;
        }
        pageSize = std::min(pageSize, limits.maxPageSize);
    }
    return std::make_pair(offset, pageSize);
}

} // namespace

FieldState stringField(const QJsonObject &object, const QString &key, QString *out) {
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return FieldState::Absent;
    if (!value.isString())
        return FieldState::WrongType;
    *out = value.toString();
    return FieldState::Present;
}

QString typeName(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::Bool:
        return QStringLiteral("bool");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    default:
        return QStringLiteral("null");
    }
}

ApiReply notFound(const ApiRequest &r, const QString &text, const QString &detail) {
    return SandboxApi::errorReply(r.method, 404, 1000, categoryOf(1000), specific(text, detail));
}

ApiReply mandatory(const ApiRequest &r, const QString &text) {
    return SandboxApi::errorReply(r.method, 400, 1001, categoryOf(1001), text);
}

ApiReply invalid(const ApiRequest &r, const QString &text, const QString &detail) {
    return SandboxApi::errorReply(r.method, 400, 1002, categoryOf(1002), specific(text, detail));
}

ApiReply duplicate(const ApiRequest &r, const QString &description) {
    return SandboxApi::errorReply(r.method, 409, 1008, categoryOf(1008), description);
}

ApiReply badBody(const ApiRequest &r, const QString &description) {
    return SandboxApi::errorReply(r.method, 400, 1007, kBodyParseMessage, description);
}

ApiReply wrongType(const ApiRequest &r, const QJsonObject &body, const QString &field,
                   const QString &goType) {
    return badBody(r, QStringLiteral("json: cannot unmarshal %1 into Go struct field .%2 of "
                                     "type %3")
                          .arg(typeName(body.value(field)), field, goType));
}

TrunkRecord *findTrunk(const Account &account, const ApiRequest &r, const QString &sid,
                       ApiReply *error) {
    if (TrunkRecord *t = account.bySid.value(sid))
        return t;
    if (account.foreignTrunks.contains(sid)) {
        *error = SandboxApi::errorReply(
            r.method, 403, 1003, QStringLiteral("Authorization failed"),
            QStringLiteral("Trunk %1 does not belong to account %2").arg(sid, account.accountSid));
    } else {
        *error = notFound(r, QStringLiteral("Trunk not found"),
                          QStringLiteral("No trunk with trunk_sid %1").arg(sid));
    }
    return nullptr;
}

std::optional<QJsonObject> parseBody(const ApiRequest &r, ApiReply *error) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(r.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = badBody(r, r.body.trimmed().isEmpty() ? QStringLiteral("EOF")
                                                       : parseError.errorString());
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = badBody(
            r, QStringLiteral("json: cannot unmarshal %1 into Go value of type "
                              "request")
                   .arg(document.isArray() ? QStringLiteral("array") : QStringLiteral("value")));
        return std::nullopt;
    }
    return document.object();
}

std::optional<ApiReply> integerField(const ApiRequest &r, const QJsonObject &body,
                                     const QString &key, int min, int max, const QString &goType,
                                     std::optional<int> *out) {
    const QJsonValue value = body.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const double raw = value.toDouble(-1.0);
    if (!value.isDouble() || raw < min || raw > max || std::floor(raw) != raw)
        return wrongType(r, body, key, goType);
    *out = int(raw);
    return std::nullopt;
}

ApiReply listReply(const ApiRequest &r, const ListSpec &spec, int total,
                   const std::function<QJsonObject(int)> &itemAt) {
    ApiReply error;
    const auto page = readPage(r, spec.limits, &error);
    if (!page)
        return error;
    const int offset = page->first;
    const int pageSize = page->second;

    ApiReply reply;
    reply.body = topEnvelope(r.method, 200);
    if (total == 0) {
        // The live API answers an empty collection without any metadata.
        reply.body.insert(QStringLiteral("response"), QJsonArray());
        return reply;
    }
    // Concatenated, not .arg()-ed: the filter may hold percent-encodings such as %2B.
    const QString filter = spec.filter.isEmpty() ? QString() : spec.filter + QLatin1Char('&');
    const auto pageUri = [&](int pageOffset) {
        const QString offsetItem = QStringLiteral("offset=") + QString::number(pageOffset);
        const QString sizeItem = QStringLiteral("page_size=") + QString::number(pageSize);
        const QString query = spec.style == ListStyle::WithTotal
                                  ? sizeItem + QLatin1Char('&') + offsetItem
                                  : offsetItem + QLatin1Char('&') + sizeItem;
        return QJsonValue(spec.path + QLatin1Char('?') + filter + query);
    };
    QJsonObject metadata;
    if (spec.style == ListStyle::WithTotal) {
        metadata.insert(QStringLiteral("total"), total);
        metadata.insert(QStringLiteral("page"), offset / pageSize + 1);
    }
    metadata.insert(QStringLiteral("page_size"), pageSize);
    metadata.insert(QStringLiteral("first_page_uri"), pageUri(0));
    metadata.insert(QStringLiteral("prev_page_uri"), offset > 0
                                                         ? pageUri(std::max(0, offset - pageSize))
                                                         : QJsonValue(QJsonValue::Null));
    metadata.insert(QStringLiteral("next_page_uri"), offset + pageSize < total
                                                         ? pageUri(offset + pageSize)
                                                         : QJsonValue(QJsonValue::Null));
    QJsonArray items;
    const int end = std::min(total, offset + pageSize);
    for (int i = offset; i < end; ++i)
        items.append(itemEnvelope(200, QJsonValue::Null, itemAt(i)));
    reply.body.insert(QStringLiteral("metadata"), metadata);
    reply.body.insert(QStringLiteral("response"), items);
    return reply;
}

} // namespace exotrunk::sandbox
