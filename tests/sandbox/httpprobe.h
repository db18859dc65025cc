#pragma once

#include "sandboxserver.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QString>

#include <optional>

namespace exotrunk::testing {

// What came back over the wire, with accessors for the Exotel envelope parts.
struct HttpAnswer {
    bool finished = false;
    int status = 0; // HTTP status; 0 when no answer arrived
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    bool isJson = false;
    QJsonObject json;
    QHash<QByteArray, QByteArray> headers; // names lower-cased

    QByteArray header(const char *name) const { return headers.value(QByteArray(name).toLower()); }
    QJsonObject response() const { return json.value(QStringLiteral("response")).toObject(); }
    QJsonArray items() const { return json.value(QStringLiteral("response")).toArray(); }
    QJsonObject data() const { return response().value(QStringLiteral("data")).toObject(); }
    QJsonObject errorData() const {
        return response().value(QStringLiteral("error_data")).toObject();
    }
    QJsonObject metadata() const { return json.value(QStringLiteral("metadata")).toObject(); }
    int errorCode() const { return errorData().value(QStringLiteral("code")).toInt(); }
    QString errorMessage() const { return errorData().value(QStringLiteral("message")).toString(); }
    QString errorDescription() const {
        return errorData().value(QStringLiteral("description")).toString();
    }
};

QSet<QString> keySet(const QJsonObject &object);
QSet<QString> keySet(std::initializer_list<const char *> keys);

// Raw HTTP against a sandbox with QNetworkAccessManager: no client library in between, so the
// tests see exactly what the server puts on the wire.
class HttpProbe {
public:
    struct Overrides {
        std::optional<QByteArray> authorization; // empty value = no header at all
        std::optional<QByteArray> contentType;   // empty value = no header at all
    };

    explicit HttpProbe(const sandbox::SandboxServer &server);

    QString accountPath(const QString &relative) const; // "/v2/accounts/{sid}" + relative

    // `path` is absolute ("/v2/...") and may carry a query.
    QNetworkReply *start(const QByteArray &verb, const QString &path, const QByteArray &body = {},
                         const Overrides &overrides = {});
    HttpAnswer finish(QNetworkReply *reply);

    HttpAnswer send(const QByteArray &verb, const QString &path, const QByteArray &body = {},
                    const Overrides &overrides = {});
    // The same, relative to /v2/accounts/{sid}.
    HttpAnswer api(const QByteArray &verb, const QString &relative, const QByteArray &body = {},
                   const Overrides &overrides = {});

    QNetworkAccessManager &manager() { return m_manager; }

private:
    const sandbox::SandboxServer &m_server;
    QNetworkAccessManager m_manager;
};

} // namespace exotrunk::testing
