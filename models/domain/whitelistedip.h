#pragma once

#include "domain/decoded.h"
#include "domain/ids.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace exotrunk {

struct WhitelistedIp {
    WhitelistedIpId id;
    TrunkSid trunkSid;
    QString ip;
    int mask = 32;
    QString friendlyName;  // null on the wire → empty
    QDateTime created;
    QDateTime updated;

    QString cidr() const { return ip + QLatin1Char('/') + QString::number(mask); }
    static Decoded<WhitelistedIp> fromJson(const QJsonValue &json);
    QJsonObject toJson() const;
};

// Body of POST /trunks/{sid}/whitelisted-ips.
struct NewWhitelistedIp {
    QString ip;
    int mask = 32;
    QJsonObject toJson() const;
};

} // namespace exotrunk
