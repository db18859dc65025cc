#include "sandboxenvelope.h"

#include "sandboxapi.h"

namespace exotrunk::sandbox {

// error_data as the live API fills it: `message` is the category of the vendor's error table,
// `description` the specific text ("mask should be in-between 16 and 32").
QString categoryOf(int code) {
    switch (code) {
    case 1000:
        return QStringLiteral("Not Found");
    case 1001:
        return QStringLiteral("Mandatory parameter missing");
    case 1002:
        return QStringLiteral("Invalid parameter");
    case 1003:
        return QStringLiteral("Authorization failed");
    case 1007:
        return QStringLiteral("Invalid request body");
    case 1008:
        return QStringLiteral("Duplicate resource");
    default:
        return QStringLiteral("Invalid parameter");
    }
}

// The specific text, with the sandbox's hint on how to get it right when there is one.
QString specific(const QString &text, const QString &detail) {
    return detail.isEmpty() ? text : text + QStringLiteral(": ") + detail;
}

QJsonObject itemEnvelope(int code, const QJsonValue &errorData, const QJsonValue &data) {
    QJsonObject item;
    item.insert(QStringLiteral("code"), code);
    item.insert(QStringLiteral("error_data"), errorData);
    item.insert(QStringLiteral("status"),
                errorData.isNull() ? QStringLiteral("success") : QStringLiteral("failure"));
    item.insert(QStringLiteral("data"), data);
    return item;
}

QJsonObject topEnvelope(const QString &method, int httpCode) {
    QJsonObject top;
    top.insert(QStringLiteral("request_id"), SandboxApi::newRequestId());
    top.insert(QStringLiteral("method"), method);
    top.insert(QStringLiteral("http_code"), httpCode);
    return top;
}

ApiReply singleReply(const QString &method, const QJsonObject &data) {
    ApiReply reply;
    reply.status = 200;
    reply.body = topEnvelope(method, 200);
    reply.body.insert(QStringLiteral("response"), itemEnvelope(200, QJsonValue::Null, data));
    return reply;
}

QJsonObject itemFailure(int httpCode, int code, const QString &text, const QString &detail) {
    return itemEnvelope(httpCode,
                        SandboxApi::errorData(code, categoryOf(code), specific(text, detail)),
                        QJsonValue::Null);
}

ApiReply multiReply(const QString &method, const QJsonArray &items, bool withFailedCount) {
    int success = 0;
    for (const QJsonValue &item : items) {
        if (item.toObject().value(QStringLiteral("status")).toString() == QLatin1String("success"))
            ++success;
    }
    const int failed = int(items.size()) - success;
    ApiReply reply;
    reply.status = failed == 0 ? 200 : 207;
    reply.body = topEnvelope(method, reply.status);
    QJsonObject metadata;
    metadata.insert(QStringLiteral("total"), int(items.size()));
    metadata.insert(QStringLiteral("success"), success);
    if (withFailedCount || failed > 0)
        metadata.insert(QStringLiteral("failed"), failed);
    reply.body.insert(QStringLiteral("metadata"), metadata);
    reply.body.insert(QStringLiteral("response"), items);
    return reply;
}

} // namespace exotrunk::sandbox
