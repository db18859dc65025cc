// ProvisioningEngine: what a duplicate answer means for each kind of step. Kept apart from the
// engine's scheduling because every rule here is about one question: is the object Exotel
// reports the one this plan asked for, and can the plan prove it made it?
#include "workflows/provisioningengine.h"
#include "workflows/provisioningownership.h"

namespace exotrunk {

namespace {

bool sameDestination(const DestinationUri &stored, const NewDestination &wanted) {
    return stored.host().compare(wanted.host, Qt::CaseInsensitive) == 0 &&
           stored.port() == wanted.port && stored.transport() == wanted.transport;
}

bool sameMode(NumberMode a, NumberMode b) {
    auto norm = [](NumberMode m) {
        return m == NumberMode::Default ? NumberMode::Pstn : m;
    };
    return norm(a) == norm(b);
}

QString verifiedNote() {
    return ProvisioningEngine::tr("Already existed — verified by listing.");
}

} // namespace

void ProvisioningEngine::verifyDuplicate(const QString &stepId, const ApiError &duplicate) {
    const ProvisioningStep *s = step(stepId);
    if (!s)
        return;
    // A copy on purpose: the callbacks outlive `stepId`, which may refer into the plan.
    const QString id = stepId; // NOLINT(performance-unnecessary-copy-initialization)
    qCInfo(lcWorkflows) << "duplicate on" << id << "- verifying by listing";
    switch (s->kind) {
    case ProvisioningStep::Kind::CreateTrunk:
        verifyTrunk(id, duplicate);
        break;
    case ProvisioningStep::Kind::MapNumber:
        verifyNumber(id, duplicate);
        break;
    case ProvisioningStep::Kind::WhitelistIp:
        verifyIp(id, duplicate);
        break;
    case ProvisioningStep::Kind::AddDestinations:
        verifyDestinations(id, duplicate);
        break;
    case ProvisioningStep::Kind::CreateCredential:
        verifyCredential(id, duplicate);
        break;
    case ProvisioningStep::Kind::SetAlias:
        stepSucceeded(id, tr("Already set."));
        break;
    }
    m_calls.removeAll(QPointer<ApiCall>());
}

void ProvisioningEngine::duplicateNotFound(const QString &stepId, const ApiError &duplicate,
                                           const QString &what) {
    ApiError e = duplicate;
    e.message = tr("Exotel reports %1 as a duplicate, but it is not on this trunk; it may belong "
                   "to another trunk.")
                    .arg(what);
    stepFailed(stepId, e);
}

// Only reached after a lost answer: the trunk is adopted when it is the one trunk of that name
// created since this step first sent its request; anything else stops and asks.
void ProvisioningEngine::verifyTrunk(const QString &id, const ApiError &duplicate) {
    const ProvisioningStep *s = step(id);
    const QString name = s->trunkName;
    const QDateTime sentAt = s->firstSentAt;
    const bool answerLost = s->answerLost;
    m_calls << m_client->listTrunks(this, [this, id, name, sentAt, answerLost,
                                           duplicate](const ApiResult<QList<Trunk>> &r) {
        if (!r.isOk())
            return stepFailed(id, r.error());
        const QList<Trunk> &listed = r.value();
        const auto claim = ProvisioningOwnership::claimTrunk(listed, name, sentAt, answerLost);
        if (claim.verdict == ProvisioningOwnership::Verdict::NotFound)
            return duplicateNotFound(id, duplicate, name);
        if (claim.verdict == ProvisioningOwnership::Verdict::Unproven) {
            QList<Trunk> sameName;
            for (int i : claim.sameName)
                sameName << listed[i];
            qCWarning(lcWorkflows) << "not adopting trunk" << name << "- cannot prove it is ours";
            return stepFailed(id, duplicate,
                              ProvisioningOwnership::unprovenTrunkMessage(name, sameName, sentAt));
        }
        const Trunk &ours = listed[claim.index];
        m_plan.trunkSid = ours.sid;
        emit trunkCreated(ours.sid);
        stepSucceeded(id, verifiedNote());
    });
}

void ProvisioningEngine::verifyNumber(const QString &id, const ApiError &duplicate) {
    const ProvisioningStep *s = step(id);
    const TrunkSid sid = m_plan.trunkSid;
    const QString number = s->number;
    const NumberMode mode = s->mode;
    m_calls << m_client->listPhoneNumbers(
        sid, this,
        [this, id, sid, number, mode, duplicate](const ApiResult<QList<PhoneNumber>> &r) {
            if (!r.isOk())
                return stepFailed(id, r.error());
            for (const PhoneNumber &p : r.value()) {
                if (p.number != number)
                    continue;
                if (sameMode(p.mode, mode))
                    return stepSucceeded(id, verifiedNote());
                m_calls << m_client->updatePhoneNumberMode(
                    sid, p.id, number, mode, this, [this, id](const ApiResult<PhoneNumber> &u) {
                        if (u.isOk())
                            stepSucceeded(id, tr("Already mapped — mode updated."));
                        else
                            stepFailed(id, u.error());
                    });
                return;
            }
            duplicateNotFound(id, duplicate, number);
        });
}

void ProvisioningEngine::verifyIp(const QString &id, const ApiError &duplicate) {
    const NewWhitelistedIp ip = step(id)->ip;
    m_calls << m_client->listWhitelistedIps(
        m_plan.trunkSid, this, [this, id, ip, duplicate](const ApiResult<QList<WhitelistedIp>> &r) {
            if (!r.isOk())
                return stepFailed(id, r.error());
            for (const WhitelistedIp &w : r.value()) {
                if (w.ip == ip.ip && w.mask == ip.mask)
                    return stepSucceeded(id, verifiedNote());
            }
            duplicateNotFound(id, duplicate, ip.ip + QLatin1Char('/') + QString::number(ip.mask));
        });
}

void ProvisioningEngine::verifyDestinations(const QString &id, const ApiError &duplicate) {
    m_calls << m_client->listDestinationUris(
        m_plan.trunkSid, this, [this, id, duplicate](const ApiResult<QList<DestinationUri>> &r) {
            ProvisioningStep *st = step(id);
            if (!st)
                return;
            if (!r.isOk())
                return stepFailed(id, r.error());
            QStringList missing;
            for (int k = 0; k < st->destinations.size(); ++k) {
                if (st->destinationDone.value(k, false))
                    continue;
                bool present = false;
                for (const DestinationUri &u : r.value())
                    present = present || sameDestination(u, st->destinations[k]);
                if (present)
                    st->destinationDone[k] = true;
                else
                    missing << st->destinations[k].toUriString();
            }
            if (missing.isEmpty())
                stepSucceeded(id, verifiedNote());
            else
                duplicateNotFound(id, duplicate, missing.join(QLatin1String(", ")));
        });
}

// A credential that only shares the user name is someone else's: it is neither taken as the
// plan's (its password is not the one the hand-off shows) nor deleted.
void ProvisioningEngine::verifyCredential(const QString &id, const ApiError &duplicate) {
    const ProvisioningStep *s = step(id);
    const QString userName = s->userName;
    const QDateTime sentAt = s->firstSentAt;
    const bool answerLost = s->answerLost;
    m_calls << m_client->listCredentials(
        m_plan.trunkSid, this,
        [this, id, userName, sentAt, answerLost, duplicate](const ApiResult<QList<Credential>> &r) {
            if (!r.isOk())
                return stepFailed(id, r.error());
            const QList<Credential> &listed = r.value();
            const auto claim =
                ProvisioningOwnership::claimCredential(listed, userName, sentAt, answerLost);
            if (claim.verdict == ProvisioningOwnership::Verdict::NotFound)
                return duplicateNotFound(id, duplicate, userName);
            if (claim.verdict == ProvisioningOwnership::Verdict::Unproven) {
                QList<Credential> sameName;
                for (int i : claim.sameName)
                    sameName << listed[i];
                return stepFailed(
                    id, duplicate,
                    ProvisioningOwnership::unprovenCredentialMessage(userName, sameName, sentAt));
            }
            if (!m_plan.passwordRegenerated)
                return stepSucceeded(id, verifiedNote());
            replaceCredential(id, listed[claim.index].id);
        });
}

// Made by an earlier attempt whose password is gone: replace it so the password the hand-off
// shows is the one Exotel checks.
void ProvisioningEngine::replaceCredential(const QString &id, const CredentialId &old) {
    const TrunkSid sid = m_plan.trunkSid;
    m_calls << m_client->deleteCredential(
        sid, old, this, [this, id, sid](const ApiResult<Credential> &d) {
            if (!d.isOk())
                return stepFailed(id, d.error());
            const ProvisioningStep *s = step(id);
            NewCredential again;
            again.userName = s->userName;
            again.friendlyName = s->friendlyName;
            again.password = m_plan.credentialPassword;
            m_calls << m_client->createCredential(
                sid, again, this, [this, id](const ApiResult<Credential> &c2) {
                    if (c2.isOk())
                        stepSucceeded(id, tr("Recreated with the new password."));
                    else
                        stepFailed(id, c2.error());
                });
        });
}

} // namespace exotrunk
