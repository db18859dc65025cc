#include "workflows/profilerecordsremoval.h"

#include "accounts/profilerecords.h"
#include "knowntrunksstore.h"
#include "workflows/aliashistory.h"
#include "workflows/credentialrotation.h"
#include "workflows/provisioningjournal.h"

namespace exotrunk {

void removeProfileRecords(const QString &profileId) {
    if (profileId.isEmpty())
        return;
    KnownTrunksStore(profileId, KnownTrunksStore::Persistence::Settings).clear();
    AliasHistory::forgetProfile(profileId);
    CredentialRotation::forgetProfile(profileId);
    ProvisioningJournal().removeProfile(profileId);
    ProfileRecords::forgetVolatile(profileId);
}

} // namespace exotrunk
