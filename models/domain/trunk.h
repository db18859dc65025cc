#pragma once

#include "domain/decoded.h"
#include "domain/ids.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace exotrunk {

// A SIP trunk as GET/POST /trunks returns it. Every field of the documented example.
struct Trunk {
    TrunkSid sid;                // trunk_sid
    QString name;                // trunk_name
    QString status;              // "active" / "inactive"
    QString domainName;          // domain_name, e.g. ameyo5m.pstn.exotel.com
    QString authType;            // auth_type, e.g. IP-WHITELIST
    QString registrationEnabled; // registration_enabled: enabled / disabled
    QString edgePreference;      // edge_preference, default auto
    QString nsoCode;             // nso_code, e.g. ANY-ANY
    QString secureTrunking;      // secure_trunking: enabled / disabled
    QDateTime created;           // date_created (UTC)
    QDateTime updated;           // date_updated (UTC)
    QString destinationUrisPath; // destination_uris
    QString whitelistedIpsPath;  // whitelisted_ips
    QString credentialsPath;     // credentials
    QString phoneNumbersPath;    // phone_numbers

    bool isActive() const {
        return status.compare(QLatin1String("active"), Qt::CaseInsensitive) == 0;
    }
    // What to show for the name: the name, or "(no name)" (translated) for a trunk the API holds
    // with an empty one. Never sent back: `name` keeps what the server holds.
    QString displayName() const;
    // How messages name a trunk: "name (SID)" (translated); the name as displayName() gives it.
    // A name alone can be shared by two trunks, a SID alone says nothing to a person.
    QString nameAndSid() const;
    // What a Flow's Connect applet dials: sip:<trunk_sid>
    QString sipUri() const { return QLatin1String("sip:") + sid.value(); }

    static Decoded<Trunk> fromJson(const QJsonValue &json);
    QJsonObject toJson() const;

    // Every field: the trunk list shows a listed trunk again only when one of them changed. A new
    // field belongs here too.
    friend bool operator==(const Trunk &a, const Trunk &b) {
        return a.sid == b.sid && a.name == b.name && a.status == b.status &&
               a.domainName == b.domainName && a.authType == b.authType &&
               a.registrationEnabled == b.registrationEnabled &&
               a.edgePreference == b.edgePreference && a.nsoCode == b.nsoCode &&
               a.secureTrunking == b.secureTrunking && a.created == b.created &&
               a.updated == b.updated && a.destinationUrisPath == b.destinationUrisPath &&
               a.whitelistedIpsPath == b.whitelistedIpsPath &&
               a.credentialsPath == b.credentialsPath && a.phoneNumbersPath == b.phoneNumbersPath;
    }
    friend bool operator!=(const Trunk &a, const Trunk &b) { return !(a == b); }
};

// Body of POST /trunks.
struct NewTrunk {
    QString name;
    QString nsoCode = QStringLiteral("ANY-ANY");
    QString domainName; // {account_sid}.pstn.exotel.com

    static QString domainFor(const QString &accountSid) {
        return accountSid + QLatin1String(".pstn.exotel.com");
    }
    QJsonObject toJson() const;
};

// Body of PUT /trunks/{trunk_sid}: only the fields that are set are sent.
struct TrunkUpdate {
    std::optional<QString> name; // trunk_name, same rules as on create
    std::optional<QString> nsoCode;
    std::optional<QString> authType;

    bool isEmpty() const { return !name && !nsoCode && !authType; }
    QJsonObject toJson() const;
};

} // namespace exotrunk
