#include "workflows/provisioningcontext.h"

namespace exotrunk {

Validity ProvisioningContext::checkTrunkName(const QString &name) const {
    Validity v = validate::trunkName(name);
    if (!v.isAcceptable())
        return v;
    for (const QString &existing : existingTrunkNames) {
        if (existing.compare(name, Qt::CaseInsensitive) == 0)
            return Validity::error(
                tr("A trunk named %1 already exists on this account.").arg(existing));
    }
    return v;
}

} // namespace exotrunk
