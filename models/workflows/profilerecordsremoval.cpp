#include "workflows/profilerecordsremoval.h"

#include "accounts/profilerecords.h"
#include "diagnostics/readiness.h"
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

void removeTrunkRecords(const QString &profileId, const TrunkSid &trunkSid) {
    if (profileId.isEmpty() || trunkSid.isEmpty())
        return;
    AliasHistory::forget(profileId, trunkSid);
    PurposeMemory::forget(profileId, trunkSid);
    CredentialRotation::forgetTrunk(profileId, trunkSid);
}

} // namespace exotrunk
