#include "api/redaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>

namespace exotrunk::redaction {

namespace {

const QLatin1String sensitiveParts[] = {
    QLatin1String("password"), QLatin1String("passwd"),        QLatin1String("token"),
    QLatin1String("secret"),   QLatin1String("authorization"), QLatin1String("api_key"),
    QLatin1String("apikey"),   QLatin1String("cookie"),
};

QJsonValue redactValue(const QJsonValue &value);

QJsonObject redactObject(const QJsonObject &object) {
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (isSensitiveName(it.key()) && !it.value().isNull())
            out.insert(it.key(), QLatin1String(Mask));
        else
            out.insert(it.key(), redactValue(it.value()));
    }
    return out;
}

QJsonValue redactValue(const QJsonValue &value) {
    if (value.isObject())
        return redactObject(value.toObject());
    if (value.isArray()) {
        QJsonArray out;
        for (const auto &v : value.toArray())
            out.append(redactValue(v));
        return out;
    }
    return value;
}

} // namespace

bool isSensitiveName(const QString &name) {
    for (const QLatin1String &part : sensitiveParts) {
        if (name.contains(part, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QByteArray body(const QByteArray &body) {
    if (body.isEmpty())
        return body;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && (doc.isObject() || doc.isArray())) {
        const QJsonDocument out = doc.isObject()
                                      ? QJsonDocument(redactObject(doc.object()))
                                      : QJsonDocument(redactValue(doc.array()).toArray());
        return out.toJson(QJsonDocument::Compact);
    }
    // Not JSON: mask `"sensitive": "value` up to the closing quote or the end of the text,
    // and `sensitive=value` as in a form body or query string.
    static const QRegularExpression quoted(
        QStringLiteral(
            R"re(("[^"]*(?:password|passwd|token|secret|authorization|api_?key)[^"]*"\s*:\s*)"(?:[^"\\]|\\.)*("|$))re"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression assigned(
        QStringLiteral(R"re(((?:password|passwd|token|secret|api_?key)[A-Za-z_]*=)[^&\s]*)re"),
        QRegularExpression::CaseInsensitiveOption);
    // An HTML or plain-text page: `password: "value"`, `password: 'value'`, `password: value`
    // with the name unquoted, as an error page or a debug echo may print it.
    static const QRegularExpression labelled(
        QStringLiteral(
            R"re(\b((?:password|passwd|token|secret|api_?key)[A-Za-z_]*\s*[:=]\s*)(?:"(?:[^"\\]|\\.)*(?:"|$)|'[^']*(?:'|$)|[^\s"'&,;<]+))re"),
        QRegularExpression::CaseInsensitiveOption);
    QString text = QString::fromUtf8(body);
    text.replace(quoted, QStringLiteral("\\1\"***\\2"));
    text.replace(labelled, QStringLiteral("\\1***"));
    text.replace(assigned, QStringLiteral("\\1***"));
    return text.toUtf8();
}

QString url(const QUrl &url) {
    QUrl copy = url;
    copy.setUserInfo(QString());
    QUrlQuery query(copy);
    const auto items = query.queryItems();
    QUrlQuery out;
    for (const auto &item : items)
        out.addQueryItem(item.first,
                         isSensitiveName(item.first) ? QLatin1String(Mask) : item.second);
    copy.setQuery(out);
    return copy.toString(QUrl::RemoveUserInfo);
}

QByteArray header(const QByteArray &name, const QByteArray &value) {
    if (isSensitiveName(QString::fromLatin1(name)) ||
        name.compare("Proxy-Authorization", Qt::CaseInsensitive) == 0 ||
        name.compare("Set-Cookie", Qt::CaseInsensitive) == 0)
        return QByteArray(Mask);
    return value;
}

QString requestId(const QString &id) {
    constexpr int limit = 64;
    QString out;
    out.reserve(std::min<qsizetype>(id.size(), limit + 1));
    for (const QChar c : id) {
        if (out.size() >= limit) {
            out += QChar(0x2026);
            break;
        }
        out += c.unicode() >= 0x21 && c.unicode() <= 0x7e ? c : QLatin1Char('?');
    }
    return out;
}

QString text(QString text, const QStringList &secrets) {
    for (const QString &secret : secrets) {
        if (!secret.isEmpty())
            text.replace(secret, QLatin1String(Mask));
    }
    return text;
}

} // namespace exotrunk::redaction
