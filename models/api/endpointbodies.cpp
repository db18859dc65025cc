#include "api/endpointbodies.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace exotrunk::endpointbody {

namespace {

QJsonValue maskedValue(const QJsonValue &value) {
    if (value.isObject())
        return masked(value.toObject());
    if (value.isArray()) {
        QJsonArray out;
        for (const auto &item : value.toArray())
            out.append(maskedValue(item));
        return out;
    }
    return value;
}

} // namespace

QJsonObject createTrunk(NewTrunk trunk, const QString &accountSid) {
    if (trunk.nsoCode.isEmpty())
        trunk.nsoCode = QStringLiteral("ANY-ANY");
    if (trunk.domainName.isEmpty() && !accountSid.isEmpty())
        trunk.domainName = NewTrunk::domainFor(accountSid);
    return trunk.toJson();
}

QJsonObject updateTrunk(const TrunkUpdate &update) {
    return update.toJson();
}

QJsonObject mapPhoneNumber(const NewPhoneNumber &number) {
    return number.toJson();
}

QJsonObject updatePhoneNumber(const QString &number, NumberMode mode) {
    // The API needs an explicit mode; "no mode" behaves as pstn.
    const NumberMode sent = mode == NumberMode::Default ? NumberMode::Pstn : mode;
    return QJsonObject{{QStringLiteral("phone_number"), number},
                       {QStringLiteral("mode"), numberModeToWire(sent)}};
}

QJsonObject whitelistIp(const NewWhitelistedIp &ip) {
    return ip.toJson();
}

QJsonObject updateWhitelistedIp(const NewWhitelistedIp &ip) {
    return ip.toJson();
}

QJsonObject addDestinationUris(const QList<NewDestination> &destinations) {
    QJsonArray items;
    for (const NewDestination &destination : destinations)
        items.append(destination.toJson());
    return QJsonObject{{QStringLiteral("destinations"), items}};
}

QJsonObject updateDestinationUri(int priority, int weight) {
    return QJsonObject{{QStringLiteral("priority"), priority}, {QStringLiteral("weight"), weight}};
}

QJsonObject createCredential(const NewCredential &credential) {
    return credential.toJson();
}

QJsonObject updateCredential(const CredentialUpdate &update) {
    return update.toJson();
}

QJsonObject setSetting(const QString &name, const QString &value) {
    const QJsonObject setting{{QStringLiteral("name"), name}, {QStringLiteral("value"), value}};
    return QJsonObject{{QStringLiteral("settings"), QJsonArray{setting}}};
}

QString maskedSecret() {
    return QStringLiteral("••••••••");
}

QJsonObject masked(const QJsonObject &body) {
    QJsonObject out;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() == QLatin1String("password") && !it.value().isNull())
            out.insert(it.key(), maskedSecret());
        else
            out.insert(it.key(), maskedValue(it.value()));
    }
    return out;
}

QByteArray toWire(const QJsonObject &body) {
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace exotrunk::endpointbody
