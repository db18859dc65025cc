#pragma once

#include "domain/decoded.h"
#include "domain/ids.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace exotrunk {

// Routing mode of a mapped number. The API returns null when no mode was given,
// which behaves as pstn.
enum class NumberMode { Default, Pstn, Flow };

QString numberModeToWire(NumberMode mode);            // "", "pstn", "flow"
std::optional<NumberMode> numberModeFromWire(const QJsonValue &value);  // null → Default

struct PhoneNumber {
    PhoneNumberId id;  // numeric mapping id, not the number
    TrunkSid trunkSid;
    QString number;    // phone_number, E.164
    NumberMode mode = NumberMode::Default;
    QDateTime created;
    QDateTime updated;

    static Decoded<PhoneNumber> fromJson(const QJsonValue &json);
    QJsonObject toJson() const;
};

// Body of POST /trunks/{sid}/phone-numbers (mode omitted when Default).
struct NewPhoneNumber {
    QString number;
    NumberMode mode = NumberMode::Default;
    QJsonObject toJson() const;
};

} // namespace exotrunk
