#include "domain/trunksetting.h"

#include "domain/jsonfields.h"

namespace exotrunk {

Decoded<TrunkSetting> TrunkSetting::fromJson(const QJsonValue &json) {
    JsonFields f(json, "TrunkSetting");
    TrunkSetting s;
    s.name = f.requiredString("name");
    // An empty value is how a setting is cleared, so only its type is checked.
    s.value = f.optionalString("value");
    s.trunkSid = TrunkSid(f.optionalString("trunk_sid"));
    s.created = f.optionalTimestamp("date_created");
    s.updated = f.optionalTimestamp("date_updated");
    if (f.hasError())
        return Decoded<TrunkSetting>::fail(f.error());
    return Decoded<TrunkSetting>::ok(std::move(s));
}

QJsonObject TrunkSetting::toJson() const {
    return QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("value"), value}};
}

} // namespace exotrunk
