#include "accounts/profilerecords.h"

#include "privatefiles.h"

#include <QHash>
#include <QMap>
#include <QMutex>
#include <QSet>
#include <QSettings>

namespace exotrunk {

namespace {

struct VolatileMemory {
    QMutex mutex;
    QSet<QString> profiles;
    // Per settings file, full key → value; each key also remembers its profile.
    QHash<QString, QMap<QString, QVariant>> values;
    QHash<QString, QMap<QString, QString>> owners;
};

VolatileMemory &memory() {
    static VolatileMemory m;
    return m;
}

QString asGroup(const QString &group) {
    return group.endsWith(QLatin1Char('/')) ? group : group + QLatin1Char('/');
}

} // namespace

ProfileRecords::ProfileRecords(const QString &profileId, QSettings *settings)
    : m_profileId(profileId)
    , m_volatile(isVolatile(profileId))
    , m_settings(settings) {
    if (!m_settings) {
        m_ownSettings = std::make_unique<QSettings>();
        m_settings = m_ownSettings.get();
    }
    m_scope = m_settings->fileName();
}

ProfileRecords::~ProfileRecords() = default;

void ProfileRecords::setVolatile(const QString &profileId) {
    VolatileMemory &m = memory();
    QMutexLocker lock(&m.mutex);
    m.profiles.insert(profileId);
}

bool ProfileRecords::isVolatile(const QString &profileId) {
    VolatileMemory &m = memory();
    QMutexLocker lock(&m.mutex);
    return m.profiles.contains(profileId);
}

void ProfileRecords::forgetVolatile(const QString &profileId) {
    VolatileMemory &m = memory();
    QMutexLocker lock(&m.mutex);
    for (auto scope = m.owners.begin(); scope != m.owners.end(); ++scope) {
        QMap<QString, QVariant> &values = m.values[scope.key()];
        for (auto it = scope->begin(); it != scope->end();) {
            if (it.value() == profileId) {
                values.remove(it.key());
                it = scope->erase(it);
            } else {
                ++it;
            }
        }
    }
}

QVariant ProfileRecords::value(const QString &key) const {
    if (!m_volatile)
        return m_settings->value(key);
    VolatileMemory &m = memory();
    QMutexLocker lock(&m.mutex);
    return m.values.value(m_scope).value(key);
}

void ProfileRecords::setValue(const QString &key, const QVariant &value) {
    if (!m_volatile) {
        m_settings->setValue(key, value);
        return;
    }
    VolatileMemory &m = memory();
    QMutexLocker lock(&m.mutex);
    m.values[m_scope].insert(key, value);
    m.owners[m_scope].insert(key, m_profileId);
}

void ProfileRecords::remove(const QString &key) {
    if (!m_volatile) {
        m_settings->remove(key);
        return;
    }
    VolatileMemory &m = memory();
    QMutexLocker lock(&m.mutex);
    QMap<QString, QVariant> &values = m.values[m_scope];
    QMap<QString, QString> &owners = m.owners[m_scope];
    values.remove(key);
    owners.remove(key);
    const QString below = asGroup(key);
    for (auto it = values.lowerBound(below); it != values.end() && it.key().startsWith(below);) {
        owners.remove(it.key());
        it = values.erase(it);
    }
}

QStringList ProfileRecords::childKeys(const QString &group) const {
    if (!m_volatile) {
        m_settings->beginGroup(group);
        QStringList keys = m_settings->childKeys();
        m_settings->endGroup();
        return keys;
    }
    VolatileMemory &m = memory();
    QMutexLocker lock(&m.mutex);
    const QMap<QString, QVariant> &values = m.values[m_scope];
    const QString prefix = asGroup(group);
    QStringList keys;
    for (auto it = values.lowerBound(prefix); it != values.end() && it.key().startsWith(prefix);
         ++it) {
        const QString rest = it.key().mid(prefix.size());
        if (!rest.contains(QLatin1Char('/')))
            keys << rest;
    }
    return keys;
}

QStringList ProfileRecords::childGroups(const QString &group) const {
    if (!m_volatile) {
        m_settings->beginGroup(group);
        QStringList groups = m_settings->childGroups();
        m_settings->endGroup();
        return groups;
    }
    VolatileMemory &m = memory();
    QMutexLocker lock(&m.mutex);
    const QMap<QString, QVariant> &values = m.values[m_scope];
    const QString prefix = asGroup(group);
    QStringList groups;
    for (auto it = values.lowerBound(prefix); it != values.end() && it.key().startsWith(prefix);
         ++it) {
        const QString rest = it.key().mid(prefix.size());
        const qsizetype slash = rest.indexOf(QLatin1Char('/'));
        if (slash > 0 && !groups.contains(rest.left(slash)))
            groups << rest.left(slash);
    }
    return groups;
}

void ProfileRecords::sync() {
    if (m_volatile)
        return;
    m_settings->sync();
    restrictToUser(m_settings->fileName());
}

} // namespace exotrunk
