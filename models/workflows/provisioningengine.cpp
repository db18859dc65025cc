#include "workflows/provisioningengine.h"

#include "workflows/aliashistory.h"
#include "workflows/destinationaddition.h"
#include "workflows/provisioningjournal.h"
#include "workflows/provisioningownership.h"

#include <QCoreApplication>

namespace exotrunk {

namespace {

ApiError withMessage(ApiError e, const QString &message) {
    e.message = message;
    return e;
}

} // namespace

ProvisioningEngine::ProvisioningEngine(ExotelClient *client, ProvisioningJournal *journal,
                                       QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal) {}

// A destroyed engine behaves like a crash: the journal keeps the last recorded progress and
// a later resume() sends whatever was in flight again.
ProvisioningEngine::~ProvisioningEngine() = default;

QString ProvisioningEngine::stateName(State state) {
    switch (state) {
    case State::Idle:
        return tr("Not started");
    case State::Running:
        return tr("Running");
    case State::NeedsDecision:
        return tr("Needs a decision");
    case State::Finished:
        return tr("Finished");
    case State::Kept:
        return tr("Kept as is");
    case State::RollingBack:
        return tr("Rolling back");
    case State::RolledBack:
        return tr("Rolled back");
    }
    return {};
}

bool ProvisioningEngine::start(const ProvisioningPlan &plan) {
    if (m_state != State::Idle || !m_client || plan.steps.isEmpty()) {
        qCWarning(lcWorkflows) << "ignoring start: engine state" << stateName(m_state);
        return false;
    }
    // The same plan started again (a second window, a double click that reached a new
    // engine) continues the recorded one and reuses its trunk.
    if (m_journal) {
        if (auto recorded = m_journal->plan(plan.profileId, plan.id)) {
            if (!plan.credentialPassword.isEmpty())
                m_pendingPassword = plan.credentialPassword;
            return beginResumed(*recorded);
        }
    }
    m_plan = plan;
    qCInfo(lcWorkflows) << "starting plan" << m_plan.id << "with" << m_plan.steps.size()
                        << "steps for trunk" << m_plan.request.trunkName;
    setState(State::Running);
    persist();
    pump();
    return true;
}

bool ProvisioningEngine::resume(const QString &profileId, const TrunkSid &trunkSid) {
    if (m_state != State::Idle || !m_journal)
        return false;
    auto recorded = m_journal->planForTrunk(profileId, trunkSid);
    return recorded ? beginResumed(*recorded) : false;
}

bool ProvisioningEngine::reopen(const QString &profileId, const TrunkSid &trunkSid) {
    if (m_state != State::Idle || !m_journal || !m_client)
        return false;
    auto recorded = m_journal->planForTrunk(profileId, trunkSid);
    if (!recorded)
        return false;
    m_plan = std::move(*recorded);
    for (ProvisioningStep &s : m_plan.steps) {
        if (s.state != ProvisioningStep::State::Waiting &&
            s.state != ProvisioningStep::State::Running)
            continue;
        if (s.kind == ProvisioningStep::Kind::CreateTrunk && !m_plan.trunkSid.isEmpty()) {
            s.state = ProvisioningStep::State::Done;
            continue;
        }
        // A step recorded as running lost its answer with the window that sent it.
        s.answerLost = s.answerLost || s.state == ProvisioningStep::State::Running;
        s.state = ProvisioningStep::State::Skipped;
        s.note = tr("Not finished: the setup was interrupted before this call completed.");
    }
    m_plan.kept = true;
    qCInfo(lcWorkflows) << "reopened plan" << m_plan.id << "of trunk" << m_plan.trunkSid.value();
    persist();
    setState(State::Kept);
    return true;
}

bool ProvisioningEngine::beginResumed(ProvisioningPlan plan) {
    if (!m_client)
        return false;
    m_plan = std::move(plan);
    m_plan.kept = false;
    for (ProvisioningStep &s : m_plan.steps) {
        if (s.state == ProvisioningStep::State::Done)
            continue;
        if (s.kind == ProvisioningStep::Kind::CreateTrunk && !m_plan.trunkSid.isEmpty()) {
            s.state = ProvisioningStep::State::Done;
            continue;
        }
        s.answerLost = s.answerLost || s.state == ProvisioningStep::State::Running;
        s.state = ProvisioningStep::State::Waiting;
        s.error = {};
    }
    if (m_plan.needsPasswordReentry()) {
        if (!m_pendingPassword.isEmpty()) {
            m_plan.credentialPassword = m_pendingPassword;
        } else {
            m_plan.credentialPassword = generatePassword();
            m_plan.passwordRegenerated = true;
        }
    }
    qCInfo(lcWorkflows) << "resuming plan" << m_plan.id << "trunk" << m_plan.trunkSid.value();
    setState(State::Running);
    persist();
    pump();
    return true;
}

bool ProvisioningEngine::retryFailed() {
    if (m_state != State::NeedsDecision && m_state != State::Kept)
        return false;
    m_plan.kept = false;
    m_rollbackError = {};
    m_rollbackNote.clear();
    for (int i = 0; i < m_plan.steps.size(); ++i) {
        ProvisioningStep &s = m_plan.steps[i];
        if (s.state == ProvisioningStep::State::Failed ||
            s.state == ProvisioningStep::State::Skipped) {
            s.state = ProvisioningStep::State::Waiting;
            s.error = {};
            s.note.clear();
            emit stepChanged(i);
        }
    }
    if (m_plan.needsPasswordReentry()) {
        m_plan.credentialPassword =
            m_pendingPassword.isEmpty() ? generatePassword() : m_pendingPassword;
        m_plan.passwordRegenerated = m_pendingPassword.isEmpty();
    }
    setState(State::Running);
    persist();
    pump();
    return true;
}

QStringList ProvisioningEngine::keepAsIs() {
    if (m_state != State::NeedsDecision)
        return m_plan.missingItems();
    m_plan.kept = true;
    persist();
    setState(State::Kept);
    qCInfo(lcWorkflows) << "plan" << m_plan.id << "kept with" << m_plan.missingItems().size()
                        << "missing items";
    return m_plan.missingItems();
}

bool ProvisioningEngine::rollBack() {
    if (m_state != State::NeedsDecision && m_state != State::Kept)
        return false;
    m_rollbackError = {};
    m_rollbackNote.clear();
    setState(State::RollingBack);
    const ProvisioningStep *trunk = step(QStringLiteral("trunk"));
    if (!m_plan.trunkSid.isEmpty())
        deleteTrunk();
    else if (trunk && trunk->answerLost)
        rollBackLostTrunk(*trunk);
    else
        finishRollBack();
    return true;
}

// The create's answer was lost: the trunk may exist without the plan knowing its SID. Only the
// one trunk of that name created since the first request is deleted; any other stops and asks.
void ProvisioningEngine::rollBackLostTrunk(const ProvisioningStep &trunk) {
    const QString name = trunk.trunkName;
    const QDateTime sentAt = trunk.firstSentAt;
    m_calls << m_client->listTrunks(this, [this, name, sentAt](const ApiResult<QList<Trunk>> &r) {
        if (!r.isOk()) {
            m_rollbackError = r.error();
            setState(State::NeedsDecision);
            emit needsDecision();
            return;
        }
        const QList<Trunk> &listed = r.value();
        const auto claim = ProvisioningOwnership::claimTrunk(listed, name, sentAt, true);
        switch (claim.verdict) {
        case ProvisioningOwnership::Verdict::NotFound:
            finishRollBack();
            return;
        case ProvisioningOwnership::Verdict::Ours:
            qCInfo(lcWorkflows) << "roll-back found the trunk of a lost answer"
                                << listed[claim.index].sid.value();
            m_plan.trunkSid = listed[claim.index].sid;
            deleteTrunk();
            return;
        case ProvisioningOwnership::Verdict::Unproven: {
            QList<Trunk> sameName;
            for (int i : claim.sameName)
                sameName << listed[i];
            qCWarning(lcWorkflows)
                << "roll-back not deleting trunk" << name << "- cannot prove it is ours";
            m_rollbackNote = ProvisioningOwnership::unprovenTrunkMessage(name, sameName, sentAt);
            m_rollbackError.kind = ApiError::Kind::Duplicate;
            m_rollbackError.message = m_rollbackNote;
            setState(State::NeedsDecision);
            emit needsDecision();
            return;
        }
        }
    });
}

void ProvisioningEngine::deleteTrunk() {
    const TrunkSid sid = m_plan.trunkSid;
    qCInfo(lcWorkflows) << "rolling back: deleting trunk" << sid.value();
    m_calls << m_client->deleteTrunk(sid, this, [this](const ApiResult<Trunk> &r) {
        if (r.isOk() || r.error().kind == ApiError::Kind::NotFound) {
            finishRollBack();
            return;
        }
        qCWarning(lcWorkflows) << "roll-back failed:" << r.error().technicalDetails();
        m_rollbackError = r.error();
        setState(State::NeedsDecision);
        emit needsDecision();
    });
}

void ProvisioningEngine::finishRollBack() {
    for (int i = 0; i < m_plan.steps.size(); ++i) {
        if (m_plan.steps[i].state == ProvisioningStep::State::Done) {
            m_plan.steps[i].state = ProvisioningStep::State::Skipped;
            m_plan.steps[i].note = tr("Removed by the roll-back.");
            emit stepChanged(i);
        }
    }
    if (m_journal)
        m_journal->remove(m_plan.profileId, m_plan.id);
    setState(State::RolledBack);
    emit rolledBack();
}

void ProvisioningEngine::abandon() {
    const auto calls = m_calls;
    m_calls.clear();
    for (const QPointer<ApiCall> &c : calls) {
        if (c && !c->isFinished())
            c->cancel();
    }
}

void ProvisioningEngine::setState(State s) {
    if (m_state == s)
        return;
    m_state = s;
    emit stateChanged(s);
}

ProvisioningStep *ProvisioningEngine::step(const QString &stepId) {
    const int i = m_plan.indexOf(stepId);
    return i < 0 ? nullptr : &m_plan.steps[i];
}

void ProvisioningEngine::persist() {
    if (m_journal)
        m_journal->save(m_plan);
}

void ProvisioningEngine::pump() {
    if (m_state != State::Running)
        return;
    // Skip whatever depends on a failure, until nothing changes.
    bool changed = true;
    while (changed) {
        changed = false;
        for (int i = 0; i < m_plan.steps.size(); ++i) {
            ProvisioningStep &s = m_plan.steps[i];
            if (s.state != ProvisioningStep::State::Waiting)
                continue;
            for (const QString &dep : s.dependsOn) {
                const ProvisioningStep *d = step(dep);
                if (d && (d->state == ProvisioningStep::State::Failed ||
                          d->state == ProvisioningStep::State::Skipped)) {
                    s.state = ProvisioningStep::State::Skipped;
                    s.note =
                        tr("Not attempted: it needs “%1”, which did not succeed.").arg(d->title());
                    changed = true;
                    emit stepChanged(i);
                    break;
                }
            }
        }
    }

    QList<int> ready;
    for (int i = 0; i < m_plan.steps.size(); ++i) {
        const ProvisioningStep &s = m_plan.steps[i];
        if (s.state != ProvisioningStep::State::Waiting)
            continue;
        bool depsDone = true;
        for (const QString &dep : s.dependsOn) {
            const ProvisioningStep *d = step(dep);
            if (!d || d->state != ProvisioningStep::State::Done)
                depsDone = false;
        }
        if (depsDone)
            ready << i;
    }
    for (int i : ready) {
        if (m_state != State::Running)
            return;
        if (m_plan.steps[i].state == ProvisioningStep::State::Waiting)
            launch(i);
    }

    for (const ProvisioningStep &s : m_plan.steps) {
        if (s.state == ProvisioningStep::State::Running ||
            s.state == ProvisioningStep::State::Waiting)
            return;
    }
    if (m_state != State::Running)
        return;
    if (m_plan.isComplete()) {
        qCInfo(lcWorkflows) << "plan" << m_plan.id << "finished for trunk"
                            << m_plan.trunkSid.value();
        if (m_journal)
            m_journal->remove(m_plan.profileId, m_plan.id);
        setState(State::Finished);
        emit finished();
    } else {
        persist();
        setState(State::NeedsDecision);
        emit needsDecision();
    }
}

void ProvisioningEngine::launch(int index) {
    ProvisioningStep &s = m_plan.steps[index];
    s.state = ProvisioningStep::State::Running;
    s.attempts += 1;
    if (!s.firstSentAt.isValid())
        s.firstSentAt = QDateTime::currentDateTimeUtc();
    s.error = {};
    s.note.clear();
    persist();
    emit stepChanged(index);

    const QString id = s.id;
    const TrunkSid sid = m_plan.trunkSid;
    // Only an earlier attempt: this one's answer has not come yet.
    const bool earlierAnswerLost = s.answerLost;
    auto onError = [this, id](const ApiError &e) {
        if (e.kind == ApiError::Kind::Duplicate)
            verifyDuplicate(id, e);
        else
            stepFailed(id, e);
    };

    switch (s.kind) {
    case ProvisioningStep::Kind::CreateTrunk:
        launchCreateTrunk(id, earlierAnswerLost);
        break;
    case ProvisioningStep::Kind::MapNumber: {
        NewPhoneNumber n;
        n.number = s.number;
        n.mode = s.mode;
        m_calls << m_client->mapPhoneNumber(sid, n, this,
                                            [this, id, onError](const ApiResult<PhoneNumber> &r) {
                                                if (r.isOk())
                                                    stepSucceeded(id);
                                                else
                                                    onError(r.error());
                                            });
        break;
    }
    case ProvisioningStep::Kind::WhitelistIp:
        m_calls << m_client->whitelistIp(sid, s.ip, this,
                                         [this, id, onError](const ApiResult<WhitelistedIp> &r) {
                                             if (r.isOk())
                                                 stepSucceeded(id);
                                             else
                                                 onError(r.error());
                                         });
        break;
    case ProvisioningStep::Kind::AddDestinations:
        launchDestinations(id);
        break;
    case ProvisioningStep::Kind::CreateCredential: {
        NewCredential c;
        c.userName = s.userName;
        c.friendlyName = s.friendlyName;
        c.password = m_plan.credentialPassword;
        m_calls << m_client->createCredential(sid, c, this,
                                              [this, id, onError](const ApiResult<Credential> &r) {
                                                  if (r.isOk())
                                                      stepSucceeded(id);
                                                  else
                                                      onError(r.error());
                                              });
        break;
    }
    case ProvisioningStep::Kind::SetAlias:
        m_calls << m_client->setCallerIdAlias(
            sid, s.alias, this, [this, id](const ApiResult<TrunkSetting> &r) {
                if (r.isOk())
                    stepSucceeded(id);
                else if (r.error().kind == ApiError::Kind::Duplicate)
                    // Settings cannot be read back; setting
                    // the same value twice is harmless.
                    stepSucceeded(id, tr("Already set."));
                else
                    stepFailed(id, r.error());
            });
        break;
    }
    m_calls.removeAll(QPointer<ApiCall>());
}

void ProvisioningEngine::launchCreateTrunk(const QString &id, bool earlierAnswerLost) {
    const ProvisioningStep *s = step(id);
    NewTrunk t;
    t.name = s->trunkName;
    t.domainName = s->domainName;
    m_calls << m_client->createTrunk(
        t, this, [this, id, earlierAnswerLost](const ApiResult<Trunk> &r) {
            if (r.isOk()) {
                m_plan.trunkSid = r.value().sid;
                emit trunkCreated(m_plan.trunkSid);
                stepSucceeded(id);
            } else if (r.error().kind == ApiError::Kind::Duplicate && earlierAnswerLost) {
                // An earlier attempt may have created it before its answer was lost;
                // verifyTrunk adopts it only if it can prove that.
                verifyDuplicate(id, r.error());
            } else if (r.error().kind == ApiError::Kind::Duplicate) {
                // Never adopt a trunk this plan did not create: a roll-back would delete it.
                stepFailed(id, withMessage(r.error(), tr("A trunk named %1 already exists on this "
                                                         "account; choose another name.")
                                                          .arg(step(id)->trunkName)));
            } else {
                stepFailed(id, r.error());
            }
        });
}

void ProvisioningEngine::launchDestinations(const QString &id) {
    const ProvisioningStep *s = step(id);
    QList<NewDestination> toSend;
    QList<int> sentIndex; // position in the step of each destination sent
    for (int i = 0; i < s->destinations.size(); ++i) {
        if (!s->destinationDone.value(i, false)) {
            toSend << s->destinations[i];
            sentIndex << i;
        }
    }
    if (toSend.isEmpty()) {
        stepSucceeded(id);
        return;
    }
    m_calls << m_client->addDestinationUris(
        m_plan.trunkSid, toSend, this,
        [this, id, toSend, sentIndex](const ApiResult<QList<ItemOutcome<DestinationUri>>> &r) {
            destinationsAnswered(id, toSend, sentIndex, r);
        });
}

void ProvisioningEngine::destinationsAnswered(
    const QString &id, const QList<NewDestination> &toSend, const QList<int> &sentIndex,
    const ApiResult<QList<ItemOutcome<DestinationUri>>> &r) {
    ProvisioningStep *st = step(id);
    if (!st || st->state != ProvisioningStep::State::Running)
        return;
    if (!r.isOk()) {
        if (r.error().kind == ApiError::Kind::Duplicate)
            verifyDuplicate(id, r.error());
        else
            stepFailed(id, r.error());
        return;
    }
    ApiError firstFailure;
    ApiError firstDuplicate;
    const auto &outcomes = r.value();
    const QList<int> matched = DestinationAddition::matchOutcomes(toSend, outcomes);
    for (int k = 0; k < toSend.size(); ++k) {
        const int at = sentIndex[k];
        const ItemOutcome<DestinationUri> *o = matched[k] < 0 ? nullptr : &outcomes[matched[k]];
        if (!o) {
            if (!firstFailure.isError())
                firstFailure.kind = ApiError::Kind::MalformedResponse;
            continue;
        }
        if (o->isOk()) {
            st->destinationDone[at] = true;
        } else if (o->error.kind == ApiError::Kind::Duplicate) {
            if (!firstDuplicate.isError())
                firstDuplicate = o->error;
        } else if (!firstFailure.isError()) {
            firstFailure = o->error;
            if (firstFailure.message.isEmpty())
                firstFailure.message = tr("Exotel refused %1.").arg(o->input);
        }
    }
    if (firstFailure.isError())
        stepFailed(id, firstFailure);
    else if (firstDuplicate.isError())
        verifyDuplicate(id, firstDuplicate);
    else
        stepSucceeded(id);
}

void ProvisioningEngine::stepSucceeded(const QString &stepId, const QString &note) {
    const int i = m_plan.indexOf(stepId);
    if (i < 0 || m_plan.steps[i].state != ProvisioningStep::State::Running)
        return;
    ProvisioningStep &s = m_plan.steps[i];
    s.state = ProvisioningStep::State::Done;
    s.error = {};
    s.note = note;
    s.answerLost = false;
    // Exotel cannot read an alias back: the console's own record is all the details page and
    // the Set caller ID dialog can show, whichever window ran the plan.
    if (s.kind == ProvisioningStep::Kind::SetAlias && !m_plan.trunkSid.isEmpty())
        AliasHistory::record(m_plan.profileId, m_plan.trunkSid, s.alias);
    if (s.kind == ProvisioningStep::Kind::AddDestinations) {
        for (int k = 0; k < s.destinationDone.size(); ++k)
            s.destinationDone[k] = true;
    }
    qCDebug(lcWorkflows) << "step done:" << s.id << note;
    persist();
    emit stepChanged(i);
    pump();
}

void ProvisioningEngine::stepFailed(const QString &stepId, const ApiError &error,
                                    const QString &explanation) {
    const int i = m_plan.indexOf(stepId);
    if (i < 0 || m_plan.steps[i].state != ProvisioningStep::State::Running)
        return;
    ProvisioningStep &s = m_plan.steps[i];
    s.state = ProvisioningStep::State::Failed;
    s.error = error;
    s.note = explanation;
    // An earlier lost answer stays unresolved until the step succeeds.
    s.answerLost = s.answerLost || ProvisioningOwnership::leavesOutcomeOpen(error.kind);
    qCWarning(lcWorkflows) << "step failed:" << s.id << error.technicalDetails();
    persist();
    emit stepChanged(i);
    pump();
}

} // namespace exotrunk
