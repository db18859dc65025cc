#include "domain/trunkmap.h"

#include "domain/jsonfields.h"

namespace exotrunk {

Decoded<TrunkMap> TrunkMap::fromJson(const QJsonValue &json) {
    JsonFields f(json, "TrunkMap");
    TrunkMap m;
    m.trunkSid = TrunkSid(f.requiredString("trunk_sid"));
    m.phoneNumber = f.requiredString("phone_number");
    m.id = PhoneNumberId(f.optionalId("id"));
    if (!f.hasError()) {
        const QJsonValue mode = f.raw("mode");
        if (const std::optional<NumberMode> parsed = numberModeFromWire(mode))
            m.mode = *parsed;
        else
            f.fail("mode", QStringLiteral("must be \"pstn\", \"flow\" or null, got %1")
                               .arg(JsonFields::describe(mode)));
    }
    if (f.hasError())
        return Decoded<TrunkMap>::fail(f.error());
    return Decoded<TrunkMap>::ok(std::move(m));
}

QJsonObject TrunkMap::toJson() const {
    QJsonObject o{{QStringLiteral("trunk_sid"), trunkSid.value()},
                  {QStringLiteral("phone_number"), phoneNumber}};
    if (!id.isEmpty())
        o.insert(QStringLiteral("id"), id.value());
    o.insert(QStringLiteral("mode"), mode == NumberMode::Default
                                         ? QJsonValue(QJsonValue::Null)
                                         : QJsonValue(numberModeToWire(mode)));
    return o;
}

} // namespace exotrunk
