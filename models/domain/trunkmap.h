#pragma once

#include "domain/decoded.h"
#include "domain/ids.h"
#include "domain/phonenumber.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace exotrunk {

// One answer of GET /trunk-maps?exophone=: which trunk an Exophone is mapped to, account-wide.
// Documented only in the vendor's samples, so only trunk_sid and phone_number are required.
struct TrunkMap {
    TrunkSid trunkSid;                     // trunk_sid
    QString phoneNumber;                   // phone_number, E.164
    PhoneNumberId id;                      // the mapping id, when the server gives one
    NumberMode mode = NumberMode::Default; // absent or null → Default (= pstn)

    static Decoded<TrunkMap> fromJson(const QJsonValue &json);
    QJsonObject toJson() const;
};

} // namespace exotrunk
