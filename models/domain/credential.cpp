#include "domain/credential.h"

#include "domain/jsonfields.h"

namespace exotrunk {

Decoded<Credential> Credential::fromJson(const QJsonValue &json) {
    JsonFields f(json, "Credential");
    Credential c;
    c.id = CredentialId(f.requiredId("id"));
    c.userName = f.requiredString("user_name");
    c.trunkSid = TrunkSid(f.optionalString("trunk_sid"));
    c.friendlyName = f.optionalString("friendly_name");
    c.created = f.optionalTimestamp("date_created");
    c.updated = f.optionalTimestamp("date_updated");
    if (f.hasError())
        return Decoded<Credential>::fail(f.error());
    return Decoded<Credential>::ok(std::move(c));
}

QJsonObject Credential::toJson() const {
    return QJsonObject{
        {QStringLiteral("id"), id.value()},
        {QStringLiteral("trunk_sid"), trunkSid.value()},
        {QStringLiteral("user_name"), userName},
        {QStringLiteral("friendly_name"),
         friendlyName.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(friendlyName)},
        {QStringLiteral("date_created"), JsonFields::timestampToJson(created)},
        {QStringLiteral("date_updated"), JsonFields::timestampToJson(updated)},
    };
}

QJsonObject NewCredential::toJson() const {
    QJsonObject o{{QStringLiteral("user_name"), userName}, {QStringLiteral("password"), password}};
    if (!friendlyName.isEmpty())
        o.insert(QStringLiteral("friendly_name"), friendlyName);
    return o;
}

QJsonObject CredentialUpdate::toJson() const {
    QJsonObject o;
    if (userName)
        o.insert(QStringLiteral("user_name"), *userName);
    if (password)
        o.insert(QStringLiteral("password"), *password);
    if (friendlyName)
        o.insert(QStringLiteral("friendly_name"), *friendlyName);
    return o;
}

} // namespace exotrunk
