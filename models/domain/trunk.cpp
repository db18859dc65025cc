#include "domain/trunk.h"

#include "domain/jsonfields.h"

#include <QCoreApplication>

namespace exotrunk {

Decoded<Trunk> Trunk::fromJson(const QJsonValue &json) {
    JsonFields f(json, "Trunk");
    Trunk t;
    t.sid = TrunkSid(f.requiredString("trunk_sid"));
    // The live API accepted an empty trunk_name on create, so lists hold such trunks: the name
    // stays empty here (it is what the server holds); displayName() says "(no name)".
    t.name = f.presentString("trunk_name");
    t.status = f.optionalString("status");
    t.domainName = f.optionalString("domain_name");
    t.authType = f.optionalString("auth_type");
    t.registrationEnabled = f.optionalString("registration_enabled");
    t.edgePreference = f.optionalString("edge_preference");
    t.nsoCode = f.optionalString("nso_code");
    t.secureTrunking = f.optionalString("secure_trunking");
    t.created = f.optionalTimestamp("date_created");
    t.updated = f.optionalTimestamp("date_updated");
    t.destinationUrisPath = f.optionalString("destination_uris");
    t.whitelistedIpsPath = f.optionalString("whitelisted_ips");
    t.credentialsPath = f.optionalString("credentials");
    t.phoneNumbersPath = f.optionalString("phone_numbers");
    if (f.hasError())
        return Decoded<Trunk>::fail(f.error());
    return Decoded<Trunk>::ok(std::move(t));
}

QString Trunk::displayName() const {
    if (!name.isEmpty())
        return name;
    return QCoreApplication::translate("exotrunk::Trunk", "(no name)");
}

QString Trunk::nameAndSid() const {
    return QCoreApplication::translate("exotrunk::Trunk", "%1 (%2)", "trunk name (trunk SID)")
        .arg(displayName(), sid.value());
}

QJsonObject Trunk::toJson() const {
    return QJsonObject{
        {QStringLiteral("trunk_sid"), sid.value()},
        {QStringLiteral("trunk_name"), name},
        {QStringLiteral("status"), status},
        {QStringLiteral("domain_name"), domainName},
        {QStringLiteral("auth_type"), authType},
        {QStringLiteral("registration_enabled"), registrationEnabled},
        {QStringLiteral("edge_preference"), edgePreference},
        {QStringLiteral("nso_code"), nsoCode},
        {QStringLiteral("secure_trunking"), secureTrunking},
        {QStringLiteral("date_created"), JsonFields::timestampToJson(created)},
        {QStringLiteral("date_updated"), JsonFields::timestampToJson(updated)},
        {QStringLiteral("destination_uris"), destinationUrisPath},
        {QStringLiteral("whitelisted_ips"), whitelistedIpsPath},
        {QStringLiteral("credentials"), credentialsPath},
        {QStringLiteral("phone_numbers"), phoneNumbersPath},
    };
}

QJsonObject NewTrunk::toJson() const {
    return QJsonObject{
        {QStringLiteral("trunk_name"), name},
        {QStringLiteral("nso_code"), nsoCode},
        {QStringLiteral("domain_name"), domainName},
    };
}

QJsonObject TrunkUpdate::toJson() const {
    QJsonObject o;
    if (name)
        o.insert(QStringLiteral("trunk_name"), *name);
    if (nsoCode)
        o.insert(QStringLiteral("nso_code"), *nsoCode);
    if (authType)
        o.insert(QStringLiteral("auth_type"), *authType);
    return o;
}

} // namespace exotrunk
