#include "httpprobe.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>

namespace exotrunk::testing {

QSet<QString> keySet(const QJsonObject &object) {
    const QStringList keys = object.keys();
    return QSet<QString>(keys.begin(), keys.end());
}

QSet<QString> keySet(std::initializer_list<const char *> keys) {
    QSet<QString> set;
    for (const char *key : keys)
        set.insert(QString::fromLatin1(key));
    return set;
}

HttpProbe::HttpProbe(const sandbox::SandboxServer &server)
    : m_server(server) {}

QString HttpProbe::accountPath(const QString &relative) const {
    return QStringLiteral("/v2/accounts/") + m_server.options().accountSid + relative;
}

QNetworkReply *HttpProbe::start(const QByteArray &verb, const QString &path, const QByteArray &body,
                                const Overrides &overrides) {
    QNetworkRequest request(QUrl(m_server.baseUrl().toString() + path));
    const QByteArray authorization = overrides.authorization.value_or(
        "Basic " + (m_server.options().apiKey + QLatin1Char(':') + m_server.options().apiToken)
                       .toUtf8()
                       .toBase64());
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    const bool hasBody = verb == "POST" || verb == "PUT";
    const QByteArray contentType = overrides.contentType.value_or(
        hasBody ? QByteArrayLiteral("application/json") : QByteArray());
    if (!contentType.isEmpty())
        request.setRawHeader("Content-Type", contentType);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    return m_manager.sendCustomRequest(request, verb, body);
}

HttpAnswer HttpProbe::finish(QNetworkReply *reply) {
    HttpAnswer answer;
    if (!reply->isFinished()) {
        QSignalSpy spy(reply, &QNetworkReply::finished);
        // A reply that never finishes is a failure of the test, not an answer with status 0.
        if (!spy.wait(15000) && !reply->isFinished())
            QTest::qFail("no HTTP answer within 15 s", __FILE__, __LINE__);
    }
    answer.finished = reply->isFinished();
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.error = reply->error();
    answer.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        answer.headers.insert(pair.first.toLower(), pair.second);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(answer.body, &parseError);
    answer.isJson = parseError.error == QJsonParseError::NoError && document.isObject();
    if (answer.isJson)
        answer.json = document.object();
    if (!reply->isFinished())
        reply->abort();
    reply->deleteLater();
    return answer;
}

HttpAnswer HttpProbe::send(const QByteArray &verb, const QString &path, const QByteArray &body,
                           const Overrides &overrides) {
    return finish(start(verb, path, body, overrides));
}

HttpAnswer HttpProbe::api(const QByteArray &verb, const QString &relative, const QByteArray &body,
                          const Overrides &overrides) {
    return send(verb, accountPath(relative), body, overrides);
}

} // namespace exotrunk::testing
