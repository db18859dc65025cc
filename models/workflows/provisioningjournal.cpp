#include "workflows/provisioningjournal.h"

#include "accounts/profilerecords.h"

#include <QJsonDocument>
#include <QSettings>
#include <QUrl>

namespace exotrunk {

namespace {

// Profile ids are user data; keep them from being read as nested QSettings groups.
QString groupFor(const QString &profileId) {
    return QStringLiteral("provisioning/") +
           QString::fromLatin1(QUrl::toPercentEncoding(profileId).toHex());
}

} // namespace

ProvisioningJournal::ProvisioningJournal(const QString &settingsFile)
    : m_settings(settingsFile.isEmpty()
                     ? std::make_unique<QSettings>()
                     : std::make_unique<QSettings>(settingsFile, QSettings::IniFormat)) {}

ProvisioningJournal::~ProvisioningJournal() = default;

void ProvisioningJournal::save(const ProvisioningPlan &plan) {
    ProfileRecords records(plan.profileId, m_settings.get());
    records.setValue(
        groupFor(plan.profileId) + QLatin1Char('/') + plan.id,
        QString::fromUtf8(QJsonDocument(plan.toJson()).toJson(QJsonDocument::Compact)));
    records.sync();
}

void ProvisioningJournal::remove(const QString &profileId, const QString &planId) {
    ProfileRecords records(profileId, m_settings.get());
    records.remove(groupFor(profileId) + QLatin1Char('/') + planId);
    records.sync();
}

void ProvisioningJournal::removeProfile(const QString &profileId) {
    ProfileRecords records(profileId, m_settings.get());
    records.remove(groupFor(profileId));
    records.sync();
}

QList<ProvisioningPlan> ProvisioningJournal::unfinishedPlans(const QString &profileId) const {
    QList<ProvisioningPlan> out;
    const ProfileRecords records(profileId, m_settings.get());
    const QString group = groupFor(profileId);
    const QStringList keys = records.childKeys(group);
    for (const QString &key : keys) {
        const QJsonDocument doc = QJsonDocument::fromJson(
            records.value(group + QLatin1Char('/') + key).toString().toUtf8());
        if (!doc.isObject())
            continue;
        ProvisioningPlan p = ProvisioningPlan::fromJson(doc.object());
        if (p.id.isEmpty() || p.isComplete())
            continue;
        out << p;
    }
    return out;
}

std::optional<ProvisioningPlan> ProvisioningJournal::plan(const QString &profileId,
                                                          const QString &planId) const {
    for (const ProvisioningPlan &p : unfinishedPlans(profileId)) {
        if (p.id == planId)
            return p;
    }
    return std::nullopt;
}

std::optional<ProvisioningPlan> ProvisioningJournal::planForTrunk(const QString &profileId,
                                                                  const TrunkSid &trunkSid) const {
    if (trunkSid.isEmpty())
        return std::nullopt;
    for (const ProvisioningPlan &p : unfinishedPlans(profileId)) {
        if (p.trunkSid == trunkSid)
            return p;
    }
    return std::nullopt;
}

bool ProvisioningJournal::hasUnfinishedSetup(const QString &profileId,
                                             const TrunkSid &trunkSid) const {
    return planForTrunk(profileId, trunkSid).has_value();
}

QString ProvisioningJournal::fileName() const {
    return m_settings->fileName();
}

void ProvisioningJournal::sync() {
    m_settings->sync();
}

} // namespace exotrunk
