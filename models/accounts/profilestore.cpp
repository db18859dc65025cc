#include "accounts/profilestore.h"

#include "privatefiles.h"

#include "accounts/accountslogging.h"

#include <QCoreApplication>

#include <algorithm>

namespace exotrunk {

namespace {

const QString kProfilesGroup = QStringLiteral("accounts/profiles");
const QString kActiveKey = QStringLiteral("accounts/active");

// Ids come from QUuid, but settings files can be edited by hand: refuse anything that
// would escape the profile's own group.
bool isSafeId(const QString &id) {
    if (id.isEmpty())
        return false;
    return std::all_of(id.cbegin(), id.cend(), [](QChar c) {
        return c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_');
    });
}

} // namespace

ProfileStore::ProfileStore()
    : m_owned(std::make_unique<QSettings>())
    , m_settings(m_owned.get()) {}

ProfileStore::ProfileStore(const QString &path)
    : m_owned(std::make_unique<QSettings>(path, QSettings::IniFormat))
    , m_settings(m_owned.get()) {}

ProfileStore::ProfileStore(QSettings *settings)
    : m_settings(settings) {}

ProfileStore::~ProfileStore() = default;

QList<AccountProfile> ProfileStore::load() const {
    QList<AccountProfile> profiles;
    m_settings->beginGroup(kProfilesGroup);
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();
    for (const QString &id : ids) {
        if (auto p = profile(id))
            profiles.append(*p);
    }
    std::sort(profiles.begin(), profiles.end(),
              [](const AccountProfile &a, const AccountProfile &b) {
                  const int byName = a.displayName.compare(b.displayName, Qt::CaseInsensitive);
                  return byName != 0 ? byName < 0 : a.id < b.id;
              });
    return profiles;
}

std::optional<AccountProfile> ProfileStore::profile(const QString &id) const {
    if (!isSafeId(id))
        return std::nullopt;
    m_settings->beginGroup(kProfilesGroup + QLatin1Char('/') + id);
    const bool exists = m_settings->contains(QStringLiteral("accountSid"));
    AccountProfile p;
    if (exists) {
        p.id = id;
        p.displayName = m_settings->value(QStringLiteral("name")).toString();
        p.region = regionFromKey(m_settings->value(QStringLiteral("region")).toString());
        p.customBaseUrl = QUrl(m_settings->value(QStringLiteral("customBaseUrl")).toString());
        p.accountSid = m_settings->value(QStringLiteral("accountSid")).toString();
        p.apiKey = m_settings->value(QStringLiteral("apiKey")).toString();
        p.sessionOnlyToken = m_settings->value(QStringLiteral("sessionOnlyToken"), false).toBool();
        p.caCertificateFile = m_settings->value(QStringLiteral("caCertificateFile")).toString();
    }
    m_settings->endGroup();
    if (!exists)
        return std::nullopt;
    return p;
}

bool ProfileStore::save(const AccountProfile &p) {
    if (p.transient) {
        m_error = QCoreApplication::translate("ProfileStore",
                                              "A profile from environment variables is not saved.");
        return false;
    }
    if (!isSafeId(p.id)) {
        m_error = QCoreApplication::translate("ProfileStore", "The profile has no valid id.");
        return false;
    }
    m_settings->beginGroup(kProfilesGroup + QLatin1Char('/') + p.id);
    m_settings->setValue(QStringLiteral("name"), p.displayName);
    m_settings->setValue(QStringLiteral("region"), regionKey(p.region));
    if (p.region == Region::Custom)
        m_settings->setValue(QStringLiteral("customBaseUrl"), p.customBaseUrl.toString());
    else
        m_settings->remove(QStringLiteral("customBaseUrl"));
    m_settings->setValue(QStringLiteral("accountSid"), p.accountSid);
    m_settings->setValue(QStringLiteral("apiKey"), p.apiKey);
    m_settings->setValue(QStringLiteral("sessionOnlyToken"), p.sessionOnlyToken);
    if (p.caCertificateFile.isEmpty())
        m_settings->remove(QStringLiteral("caCertificateFile"));
    else
        m_settings->setValue(QStringLiteral("caCertificateFile"), p.caCertificateFile);
    m_settings->endGroup();
    return flush();
}

bool ProfileStore::remove(const QString &id) {
    if (!isSafeId(id)) {
        m_error = QCoreApplication::translate("ProfileStore", "The profile has no valid id.");
        return false;
    }
    m_settings->remove(kProfilesGroup + QLatin1Char('/') + id);
    if (m_settings->value(kActiveKey).toString() == id)
        m_settings->remove(kActiveKey);
    return flush();
}

QString ProfileStore::activeProfileId() const {
    return m_settings->value(kActiveKey).toString();
}

bool ProfileStore::setActiveProfileId(const QString &id) {
    if (id.isEmpty())
        m_settings->remove(kActiveKey);
    else
        m_settings->setValue(kActiveKey, id);
    return flush();
}

bool ProfileStore::flush() {
    m_settings->sync();
    restrictToUser(m_settings->fileName());
    switch (m_settings->status()) {
    case QSettings::NoError:
        m_error.clear();
        return true;
    case QSettings::AccessError:
        m_error = QCoreApplication::translate(
                      "ProfileStore", "The settings file %1 cannot be written (permission denied).")
                      .arg(m_settings->fileName());
        break;
    case QSettings::FormatError:
        m_error = QCoreApplication::translate(
                      "ProfileStore", "The settings file %1 is damaged and was not changed.")
                      .arg(m_settings->fileName());
        break;
    }
    qCWarning(lcAccounts) << "settings not saved:" << m_error;
    return false;
}

} // namespace exotrunk
