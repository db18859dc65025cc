#pragma once

#include "api/clientconfig.h"

#include <QMetaType>
#include <QString>
#include <QUrl>

namespace exotrunk {

// One Exotel account the console can talk to. Holds no secret: the API token lives in the
// system keychain (SecretStore) or, for session-only and transient profiles, in memory.
struct AccountProfile {
    QString id;          // stable across renames; a QUuid without braces
    QString displayName; // "Acme support"
    Region region = Region::Mumbai;
    QUrl customBaseUrl; // used when region == Region::Custom
    QString accountSid;
    QString apiKey;
    // Extra CA certificate file trusted for this account (ClientConfig::caCertificateFile).
    QString caCertificateFile;
    // Defined by EXOTEL_* environment variables for automation: never written anywhere.
    bool transient = false;
    // The user chose not to (or could not) keep the token in the keychain: it lives in
    // memory until the console quits and must be entered again next time.
    bool sessionOnlyToken = false;

    static QString newId();

    bool isValid() const { return !id.isEmpty(); }
    QUrl baseUrl() const;
    // "Mumbai", "Singapore" or the custom host — short enough for a toolbar.
    QString regionLabel() const;
    // Empty when every field needed to talk to the API is present and well formed;
    // otherwise one sentence naming the first problem. The token is checked elsewhere.
    QString checkFields() const;
    ClientConfig toClientConfig(const QString &token) const;

    friend bool operator==(const AccountProfile &a, const AccountProfile &b);
    friend bool operator!=(const AccountProfile &a, const AccountProfile &b) { return !(a == b); }
};

// Stable spellings for settings files: "mumbai", "singapore", "custom".
QString regionKey(Region region);
Region regionFromKey(const QString &key, Region fallback = Region::Mumbai);

} // namespace exotrunk

Q_DECLARE_METATYPE(exotrunk::AccountProfile)
