#include "domain/whitelistedip.h"

#include "domain/jsonfields.h"

namespace exotrunk {

Decoded<WhitelistedIp> WhitelistedIp::fromJson(const QJsonValue &json) {
    JsonFields f(json, "WhitelistedIp");
    WhitelistedIp w;
    w.id = WhitelistedIpId(f.requiredId("id"));
    w.ip = f.requiredString("ip");
    w.mask = f.optionalInt("mask", 32, 0, 32);
    w.trunkSid = TrunkSid(f.optionalString("trunk_sid"));
    w.friendlyName = f.optionalString("friendly_name");
    w.created = f.optionalTimestamp("date_created");
    w.updated = f.optionalTimestamp("date_updated");
    if (f.hasError())
        return Decoded<WhitelistedIp>::fail(f.error());
    return Decoded<WhitelistedIp>::ok(std::move(w));
}

QJsonObject WhitelistedIp::toJson() const {
    return QJsonObject{
        {QStringLiteral("id"), id.value()},
        {QStringLiteral("ip"), ip},
        {QStringLiteral("mask"), mask},
        {QStringLiteral("trunk_sid"), trunkSid.value()},
        {QStringLiteral("friendly_name"),
         friendlyName.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(friendlyName)},
        {QStringLiteral("date_created"), JsonFields::timestampToJson(created)},
        {QStringLiteral("date_updated"), JsonFields::timestampToJson(updated)},
    };
}

QJsonObject NewWhitelistedIp::toJson() const {
    return QJsonObject{{QStringLiteral("ip"), ip}, {QStringLiteral("mask"), mask}};
}

} // namespace exotrunk
