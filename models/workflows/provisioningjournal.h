#pragma once

#include "workflows/provisioningplan.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

class QSettings;

namespace exotrunk {

// Unfinished provisioning plans, per account profile, in QSettings — so a crash or a closed
// window can be resumed ("Finish setup" on the trunk's details page). Stores the plan and the
// progress of every step, never a credential password.
class ProvisioningJournal {
public:
    // Empty path: the application's default QSettings. Otherwise an INI file (tests, portable).
    explicit ProvisioningJournal(const QString &settingsFile = {});
    ~ProvisioningJournal();
    ProvisioningJournal(const ProvisioningJournal &) = delete;
    ProvisioningJournal &operator=(const ProvisioningJournal &) = delete;

    void save(const ProvisioningPlan &plan);
    void remove(const QString &profileId, const QString &planId);
    // Every plan of the profile, finished or not (the profile was removed).
    void removeProfile(const QString &profileId);

    QList<ProvisioningPlan> unfinishedPlans(const QString &profileId) const;
    std::optional<ProvisioningPlan> plan(const QString &profileId, const QString &planId) const;
    std::optional<ProvisioningPlan> planForTrunk(const QString &profileId,
                                                 const TrunkSid &trunkSid) const;
    bool hasUnfinishedSetup(const QString &profileId, const TrunkSid &trunkSid) const;

    QString fileName() const;
    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace exotrunk
