#pragma once

#include "domain/decoded.h"
#include "domain/ids.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace exotrunk {

// A SIP digest credential as the API lists it. The password is never returned and is
// deliberately not a member: it lives only in NewCredential, for the one request that sends it.
struct Credential {
    CredentialId id;
    TrunkSid trunkSid;
    QString userName;
    QString friendlyName;
    QDateTime created;
    QDateTime updated;

    static Decoded<Credential> fromJson(const QJsonValue &json);
    QJsonObject toJson() const;
};

struct NewCredential {
    QString userName;
    QString password;
    QString friendlyName;  // optional, ≤ 32 characters
    QJsonObject toJson() const;
};

} // namespace exotrunk
