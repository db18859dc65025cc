#pragma once

#include "domain/decoded.h"
#include "domain/ids.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

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
    QString friendlyName; // optional, ≤ 32 characters
    QJsonObject toJson() const;
};

// Body of PUT /trunks/{trunk_sid}/credentials/{id}: only the fields that are set are sent. The
// password, when set, is a secret like NewCredential's: sent once, never logged or stored.
struct CredentialUpdate {
    std::optional<QString> userName;
    std::optional<QString> password;
    std::optional<QString> friendlyName; // ≤ 32 characters

    bool isEmpty() const { return !userName && !password && !friendlyName; }
    QJsonObject toJson() const;
};

} // namespace exotrunk
