#include "workflows/provisioningjournal.h"

#include "privatefiles.h"

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
    m_settings->beginGroup(groupFor(plan.profileId));
    m_settings->setValue(
        plan.id, QString::fromUtf8(QJsonDocument(plan.toJson()).toJson(QJsonDocument::Compact)));
    m_settings->endGroup();
    m_settings->sync();
    restrictToUser(m_settings->fileName());
}

void ProvisioningJournal::remove(const QString &profileId, const QString &planId) {
    m_settings->beginGroup(groupFor(profileId));
    m_settings->remove(planId);
    m_settings->endGroup();
    m_settings->sync();
    restrictToUser(m_settings->fileName());
}

QList<ProvisioningPlan> ProvisioningJournal::unfinishedPlans(const QString &profileId) const {
    QList<ProvisioningPlan> out;
    m_settings->beginGroup(groupFor(profileId));
    const QStringList keys = m_settings->childKeys();
    for (const QString &key : keys) {
        const QJsonDocument doc =
            QJsonDocument::fromJson(m_settings->value(key).toString().toUtf8());
        if (!doc.isObject())
            continue;
        ProvisioningPlan p = ProvisioningPlan::fromJson(doc.object());
        if (p.id.isEmpty() || p.isComplete())
            continue;
        out << p;
    }
    m_settings->endGroup();
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
