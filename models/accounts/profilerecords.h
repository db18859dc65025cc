#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

class QSettings;

namespace exotrunk {

// What the console records locally about one profile's trunks: caller-ID aliases, pending
// credential rotations, unfinished provisioning plans. A saved profile keeps them in QSettings.
// A volatile profile — one that is never saved: the environment profile (EXOTEL_*), the sandbox,
// any transient profile — keeps them in memory for the life of the process: nothing under its
// id reaches a file, and they are gone when the console quits.
//
// Keys are full QSettings paths ("group/sub/key"); callers encode the parts themselves.
class ProfileRecords {
public:
    // The records of `profileId` in `settings` (nullptr: the application's default QSettings).
    // `settings` must outlive this object.
    explicit ProfileRecords(const QString &profileId, QSettings *settings = nullptr);
    ~ProfileRecords();
    ProfileRecords(const ProfileRecords &) = delete;
    ProfileRecords &operator=(const ProfileRecords &) = delete;

    // Marks `profileId` as never saved, for the rest of the process.
    static void setVolatile(const QString &profileId);
    static bool isVolatile(const QString &profileId);
    // Drops what memory holds for a volatile profile (the profile was removed).
    static void forgetVolatile(const QString &profileId);

    bool isVolatile() const { return m_volatile; }
    QVariant value(const QString &key) const;
    void setValue(const QString &key, const QVariant &value);
    void remove(const QString &key); // the key and everything below it
    QStringList childKeys(const QString &group) const;
    QStringList childGroups(const QString &group) const;
    void sync();

private:
    QString m_profileId;
    bool m_volatile = false;
    QSettings *m_settings = nullptr;
    std::unique_ptr<QSettings> m_ownSettings;
    QString m_scope; // which settings file the memory stands in for
};

} // namespace exotrunk
