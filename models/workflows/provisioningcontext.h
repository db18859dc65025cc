#pragma once

#include "validation/validators.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace exotrunk {

// What the trunk-creation UIs need to know about the account they create a trunk on.
struct ProvisioningContext {
    QString profileId;              // journal key: unfinished plans are kept per profile
    QString accountSid;             // for {account_sid}.pstn.exotel.com and the API paths
    QStringList existingTrunkNames; // from the loaded trunk list: names must be unique
    QStringList knownNumbers;       // Exophones seen on this account's trunks, for completion

    // validate::trunkName, then unique (case-insensitively) among existingTrunkNames: the one
    // check of the Create Trunk form and the wizard.
    Validity checkTrunkName(const QString &name) const;

    Q_DECLARE_TR_FUNCTIONS(exotrunk::ProvisioningContext)
};

} // namespace exotrunk
