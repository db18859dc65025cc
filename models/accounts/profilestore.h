#pragma once

#include "accounts/accountprofile.h"

#include <QList>
#include <QSettings>
#include <QString>

#include <memory>
#include <optional>

namespace exotrunk {

// The non-secret half of the account profiles, in QSettings:
//   accounts/active                  = <profile id>
//   accounts/profiles/<id>/name, region, customBaseUrl, accountSid, apiKey, sessionOnlyToken,
//                                      caCertificateFile (a path; the file itself is not copied)
// The API token is never written here, and transient profiles are never written at all.
class ProfileStore {
public:
    // The application's default QSettings (organisation/application names of the app).
    ProfileStore();
    // An INI file at `path` — for tests and portable setups.
    explicit ProfileStore(const QString &path);
    // Someone else's QSettings; it must outlive the store.
    explicit ProfileStore(QSettings *settings);
    ~ProfileStore();

    ProfileStore(const ProfileStore &) = delete;
    ProfileStore &operator=(const ProfileStore &) = delete;

    QSettings *settings() const { return m_settings; }

    // Sorted by display name (case-insensitive), then id.
    QList<AccountProfile> load() const;
    std::optional<AccountProfile> profile(const QString &id) const;

    // Writes the profile and flushes the file. False (with the reason in errorString())
    // for a transient or id-less profile or when the file cannot be written.
    bool save(const AccountProfile &profile);
    bool remove(const QString &id);

    QString activeProfileId() const;
    bool setActiveProfileId(const QString &id);

    QString errorString() const { return m_error; }

private:
    bool flush();

    std::unique_ptr<QSettings> m_owned;
    QSettings *m_settings = nullptr;
    QString m_error;
};

} // namespace exotrunk
