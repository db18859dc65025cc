#include "domain/phonenumber.h"

#include "domain/jsonfields.h"

namespace exotrunk {

QString numberModeToWire(NumberMode mode) {
    switch (mode) {
    case NumberMode::Pstn:
        return QStringLiteral("pstn");
    case NumberMode::Flow:
        return QStringLiteral("flow");
    case NumberMode::Default:
        break;
    }
    return {};
}

std::optional<NumberMode> numberModeFromWire(const QJsonValue &value) {
    if (value.isNull() || value.isUndefined())
        return NumberMode::Default;
    if (!value.isString())
        return std::nullopt;
    const QString text = value.toString();
    if (text.compare(QLatin1String("pstn"), Qt::CaseInsensitive) == 0)
        return NumberMode::Pstn;
    if (text.compare(QLatin1String("flow"), Qt::CaseInsensitive) == 0)
        return NumberMode::Flow;
    return std::nullopt;
}

Decoded<PhoneNumber> PhoneNumber::fromJson(const QJsonValue &json) {
    JsonFields f(json, "PhoneNumber");
    PhoneNumber n;
    n.id = PhoneNumberId(f.requiredId("id"));
    n.number = f.requiredString("phone_number");
    n.trunkSid = TrunkSid(f.optionalString("trunk_sid"));
    n.created = f.optionalTimestamp("date_created");
    n.updated = f.optionalTimestamp("date_updated");
    if (!f.hasError()) {
        const QJsonValue mode = f.raw("mode");
        if (const std::optional<NumberMode> parsed = numberModeFromWire(mode))
            n.mode = *parsed;
        else if (mode.isString())
            f.fail("mode", QStringLiteral("must be \"pstn\", \"flow\" or null, got \"%1\"")
                               .arg(mode.toString().left(40)));
        else
            f.fail(
                "mode",
                QStringLiteral("must be a string or null, got %1").arg(JsonFields::describe(mode)));
    }
    if (f.hasError())
        return Decoded<PhoneNumber>::fail(f.error());
    return Decoded<PhoneNumber>::ok(std::move(n));
}

QJsonObject PhoneNumber::toJson() const {
    return QJsonObject{
        {QStringLiteral("id"), id.value()},
        {QStringLiteral("phone_number"), number},
        {QStringLiteral("trunk_sid"), trunkSid.value()},
        {QStringLiteral("mode"), mode == NumberMode::Default ? QJsonValue(QJsonValue::Null)
                                                             : QJsonValue(numberModeToWire(mode))},
        {QStringLiteral("date_created"), JsonFields::timestampToJson(created)},
        {QStringLiteral("date_updated"), JsonFields::timestampToJson(updated)},
    };
}

QJsonObject NewPhoneNumber::toJson() const {
    QJsonObject o{{QStringLiteral("phone_number"), number}};
    if (mode != NumberMode::Default)
        o.insert(QStringLiteral("mode"), numberModeToWire(mode));
    return o;
}

} // namespace exotrunk
