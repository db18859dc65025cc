#include "workflows/provisioningengine.h"

#include "workflows/provisioningjournal.h"

#include <QCoreApplication>

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
        s.state = ProvisioningStep::State::Skipped;
        s.note = tr("Not finished: the setup was interrupted before this call completed.");
    }
    m_plan.kept = true;
    qCInfo(lcWorkflows) << "reopened plan" << m_plan.id << "of trunk" << m_plan.trunkSid.value();
    persist();
    setState(State::Kept);
    return true;
}

bool ProvisioningEngine::resumePlan(const QString &profileId, const QString &planId) {
    if (m_state != State::Idle || !m_journal)
        return false;
    auto recorded = m_journal->plan(profileId, planId);
    return recorded ? beginResumed(*recorded) : false;
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
    setState(State::RollingBack);
    const ProvisioningStep *trunk = step(QStringLiteral("trunk"));
    const ApiError::Kind why = trunk ? trunk->error.kind : ApiError::Kind::None;
    // A lost answer (timeout, dropped connection, 5xx) leaves open whether the trunk exists.
    const bool outcomeUnknown = why == ApiError::Kind::Timeout || why == ApiError::Kind::Network ||
                                why == ApiError::Kind::Server ||
                                why == ApiError::Kind::MalformedResponse ||
                                why == ApiError::Kind::Cancelled;
    if (!m_plan.trunkSid.isEmpty()) {
        deleteTrunk();
    } else if (trunk && trunk->attempts > 0 && outcomeUnknown) {
        const QString name = trunk->trunkName;
        m_calls << m_client->listTrunks(this, [this, name](const ApiResult<QList<Trunk>> &r) {
            if (!r.isOk()) {
                m_rollbackError = r.error();
                setState(State::NeedsDecision);
                emit needsDecision();
                return;
            }
            for (const Trunk &t : r.value()) {
                if (t.name == name) {
                    qCInfo(lcWorkflows)
                        << "roll-back found the trunk of a lost answer" << t.sid.value();
                    m_plan.trunkSid = t.sid;
                    deleteTrunk();
                    return;
                }
            }
            finishRollBack();
        });
    } else {
        finishRollBack();
    }
    return true;
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
    s.error = {};
    s.note.clear();
    persist();
    emit stepChanged(index);

    const QString id = s.id;
    const TrunkSid sid = m_plan.trunkSid;
    const bool triedBefore = s.attempts > 1;
    auto onError = [this, id](const ApiError &e) {
        if (e.kind == ApiError::Kind::Duplicate)
            verifyDuplicate(id, e);
        else
            stepFailed(id, e);
    };

    switch (s.kind) {
    case ProvisioningStep::Kind::CreateTrunk: {
        NewTrunk t;
        t.name = s.trunkName;
        t.domainName = s.domainName;
        m_calls << m_client->createTrunk(
            t, this, [this, id, triedBefore](const ApiResult<Trunk> &r) {
                if (r.isOk()) {
                    m_plan.trunkSid = r.value().sid;
                    emit trunkCreated(m_plan.trunkSid);
                    stepSucceeded(id);
                } else if (r.error().kind == ApiError::Kind::Duplicate && triedBefore) {
                    // An earlier attempt may have created it before its answer was lost.
                    verifyDuplicate(id, r.error());
                } else if (r.error().kind == ApiError::Kind::Duplicate) {
                    // Never adopt a trunk this plan did not create: a roll-back would delete it.
                    stepFailed(id,
                               withMessage(r.error(), tr("A trunk named %1 already exists on this "
                                                         "account; choose another name.")
                                                          .arg(step(id)->trunkName)));
                } else {
                    stepFailed(id, r.error());
                }
            });
        break;
    }
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
    case ProvisioningStep::Kind::AddDestinations: {
        QList<NewDestination> toSend;
        QList<int> sentIndex; // position in the step of each destination sent
        for (int i = 0; i < s.destinations.size(); ++i) {
            if (!s.destinationDone.value(i, false)) {
                toSend << s.destinations[i];
                sentIndex << i;
            }
        }
        if (toSend.isEmpty()) {
            stepSucceeded(id);
            break;
        }
        m_calls << m_client->addDestinationUris(
            sid, toSend, this,
            [this, id, onError, toSend,
             sentIndex](const ApiResult<QList<ItemOutcome<DestinationUri>>> &r) {
                ProvisioningStep *st = step(id);
                if (!st || st->state != ProvisioningStep::State::Running)
                    return;
                if (!r.isOk()) {
                    onError(r.error());
                    return;
                }
                ApiError firstFailure;
                ApiError firstDuplicate;
                const auto &outcomes = r.value();
                for (int k = 0; k < toSend.size(); ++k) {
                    const int at = sentIndex[k];
                    // Outcomes come in request order; match by input when the server says.
                    const ItemOutcome<DestinationUri> *o = nullptr;
                    for (const auto &candidate : outcomes) {
                        if (candidate.input == toSend[k].toUriString()) {
                            o = &candidate;
                            break;
                        }
                    }
                    if (!o && k < outcomes.size())
                        o = &outcomes[k];
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
            });
        break;
    }
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

void ProvisioningEngine::stepSucceeded(const QString &stepId, const QString &note) {
    const int i = m_plan.indexOf(stepId);
    if (i < 0 || m_plan.steps[i].state != ProvisioningStep::State::Running)
        return;
    ProvisioningStep &s = m_plan.steps[i];
    s.state = ProvisioningStep::State::Done;
    s.error = {};
    s.note = note;
    if (s.kind == ProvisioningStep::Kind::AddDestinations) {
        for (int k = 0; k < s.destinationDone.size(); ++k)
            s.destinationDone[k] = true;
    }
    qCDebug(lcWorkflows) << "step done:" << s.id << note;
    persist();
    emit stepChanged(i);
    pump();
}

void ProvisioningEngine::stepFailed(const QString &stepId, const ApiError &error) {
    const int i = m_plan.indexOf(stepId);
    if (i < 0 || m_plan.steps[i].state != ProvisioningStep::State::Running)
        return;
    ProvisioningStep &s = m_plan.steps[i];
    s.state = ProvisioningStep::State::Failed;
    s.error = error;
    qCWarning(lcWorkflows) << "step failed:" << s.id << error.technicalDetails();
    persist();
    emit stepChanged(i);
    pump();
}

void ProvisioningEngine::verifyDuplicate(const QString &stepId, const ApiError &duplicate) {
    ProvisioningStep *s = step(stepId);
    if (!s)
        return;
    const TrunkSid sid = m_plan.trunkSid;
    const QString verified = tr("Already existed — verified by listing.");
    // A copy on purpose: the callbacks below outlive `stepId`, which may refer into the plan.
    const QString id = stepId; // NOLINT(performance-unnecessary-copy-initialization)
    qCInfo(lcWorkflows) << "duplicate on" << stepId << "- verifying by listing";
    auto notFound = [this, id, duplicate](const QString &what) {
        stepFailed(id, withMessage(duplicate, tr("Exotel reports %1 as a duplicate, but it is "
                                                 "not on this trunk; it may belong to another "
                                                 "trunk.")
                                                  .arg(what)));
    };

    switch (s->kind) {
    case ProvisioningStep::Kind::CreateTrunk: {
        const QString name = s->trunkName;
        m_calls << m_client->listTrunks(
            this, [this, id, name, verified, notFound](const ApiResult<QList<Trunk>> &r) {
                if (!r.isOk())
                    return stepFailed(id, r.error());
                for (const Trunk &t : r.value()) {
                    if (t.name == name) {
                        m_plan.trunkSid = t.sid;
                        emit trunkCreated(t.sid);
                        return stepSucceeded(id, verified);
                    }
                }
                notFound(name);
            });
        break;
    }
    case ProvisioningStep::Kind::MapNumber: {
        const QString number = s->number;
        const NumberMode mode = s->mode;
        m_calls << m_client->listPhoneNumbers(
            sid, this,
            [this, id, sid, number, mode, verified,
             notFound](const ApiResult<QList<PhoneNumber>> &r) {
                if (!r.isOk())
                    return stepFailed(id, r.error());
                for (const PhoneNumber &p : r.value()) {
                    if (p.number != number)
                        continue;
                    if (sameMode(p.mode, mode))
                        return stepSucceeded(id, verified);
                    m_calls << m_client->updatePhoneNumberMode(
                        sid, p.id, number, mode, this, [this, id](const ApiResult<PhoneNumber> &u) {
                            if (u.isOk())
                                stepSucceeded(id, tr("Already mapped — mode updated."));
                            else
                                stepFailed(id, u.error());
                        });
                    return;
                }
                notFound(number);
            });
        break;
    }
    case ProvisioningStep::Kind::WhitelistIp: {
        const NewWhitelistedIp ip = s->ip;
        m_calls << m_client->listWhitelistedIps(
            sid, this,
            [this, id, ip, verified, notFound](const ApiResult<QList<WhitelistedIp>> &r) {
                if (!r.isOk())
                    return stepFailed(id, r.error());
                for (const WhitelistedIp &w : r.value()) {
                    if (w.ip == ip.ip && w.mask == ip.mask)
                        return stepSucceeded(id, verified);
                }
                notFound(ip.ip + QLatin1Char('/') + QString::number(ip.mask));
            });
        break;
    }
    case ProvisioningStep::Kind::AddDestinations:
        m_calls << m_client->listDestinationUris(
            sid, this, [this, id, verified, notFound](const ApiResult<QList<DestinationUri>> &r) {
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
                    stepSucceeded(id, verified);
                else
                    notFound(missing.join(QLatin1String(", ")));
            });
        break;
    case ProvisioningStep::Kind::CreateCredential: {
        const QString userName = s->userName;
        m_calls << m_client->listCredentials(
            sid, this,
            [this, id, sid, userName, verified, notFound](const ApiResult<QList<Credential>> &r) {
                if (!r.isOk())
                    return stepFailed(id, r.error());
                for (const Credential &c : r.value()) {
                    if (c.userName != userName)
                        continue;
                    if (!m_plan.passwordRegenerated)
                        return stepSucceeded(id, verified);
                    // Made by an earlier attempt whose password is gone: replace it so the
                    // password the hand-off shows is the one Exotel checks.
                    m_calls << m_client->deleteCredential(
                        sid, c.id, this, [this, id, sid, userName](const ApiResult<Credential> &d) {
                            if (!d.isOk())
                                return stepFailed(id, d.error());
                            NewCredential again;
                            again.userName = userName;
                            again.friendlyName = step(id)->friendlyName;
                            again.password = m_plan.credentialPassword;
                            m_calls << m_client->createCredential(
                                sid, again, this, [this, id](const ApiResult<Credential> &c2) {
                                    if (c2.isOk())
                                        stepSucceeded(id, tr("Recreated with the new password."));
                                    else
                                        stepFailed(id, c2.error());
                                });
                        });
                    return;
                }
                notFound(userName);
            });
        break;
    }
    case ProvisioningStep::Kind::SetAlias:
        stepSucceeded(id, tr("Already set."));
        break;
    }
    m_calls.removeAll(QPointer<ApiCall>());
}

} // namespace exotrunk
