#pragma once

#include "domain/decoded.h"
#include "domain/ids.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace exotrunk {

// A trunk setting such as trunk_external_alias (the caller-ID alias).
struct TrunkSetting {
    static constexpr const char *ExternalAlias = "trunk_external_alias";

    QString name;
    QString value;
    TrunkSid trunkSid;
    QDateTime created;
    QDateTime updated;

    static Decoded<TrunkSetting> fromJson(const QJsonValue &json);
    QJsonObject toJson() const;  // {"name","value"} — what POST /settings takes per item
};

} // namespace exotrunk
