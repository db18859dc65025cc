#pragma once

#include "api/exotelclient.h"
#include "workflows/provisioningplan.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace exotrunk {

class ProvisioningJournal;

// Runs a ProvisioningPlan on an ExotelClient: steps whose dependencies are done run
// concurrently, dependants wait. A duplicate (1008, whatever the HTTP status) on something
// the plan asked for is verified by listing and counted as done. When a step fails its
// dependants are skipped, the others finish, and the engine stops in NeedsDecision until the
// caller picks retryFailed(), keepAsIs() or rollBack(). Progress goes to the journal after
// every change, so a new engine can resume() the plan.
class ProvisioningEngine : public QObject {
    Q_OBJECT
public:
    enum class State {
        Idle, // no plan started
        Running,
        NeedsDecision, // something failed; retry, keep or roll back
        Finished,      // every step done
        Kept,          // the user kept the trunk with what is missing
        RollingBack,
        RolledBack, // the trunk was deleted (or never created)
    };
    Q_ENUM(State)

    // `journal` may be null (nothing persisted). Neither is owned.
    ProvisioningEngine(ExotelClient *client, ProvisioningJournal *journal,
                       QObject *parent = nullptr);
    ~ProvisioningEngine() override;

    // Starts a freshly built plan. Returns false (and does nothing) when this engine already
    // runs or ran a plan — a second click on Create never creates a second trunk.
    bool start(const ProvisioningPlan &plan);
    // Continues the journal's unfinished plan for this trunk (or plan id). Steps that were
    // running when the previous engine died are sent again; duplicates are verified.
    bool resume(const QString &profileId, const TrunkSid &trunkSid);
    // Loads the journal's unfinished plan for this trunk without sending anything, in state
    // Kept: the details page's "Finish setup" shows what is missing and offers retryFailed()
    // or rollBack(). Steps a closed window left waiting or running count as skipped.
    bool reopen(const QString &profileId, const TrunkSid &trunkSid);
    // Before resume(): the password to send if the credential step is unfinished. Without
    // one, a new strong password is generated and plan().passwordRegenerated is set.
    void setCredentialPassword(const QString &password) { m_pendingPassword = password; }

    // Only in NeedsDecision (or Kept, to finish later).
    bool retryFailed();
    // Ends the run leaving the trunk as it is; returns what is missing, in words. The plan
    // stays in the journal so the details page can offer "Finish setup".
    QStringList keepAsIs();
    // Deletes the trunk (which removes its numbers, IPs and URIs).
    bool rollBack();
    // Cancels requests in flight; the journal keeps the plan for a later resume().
    void abandon();

    State state() const { return m_state; }
    // Started and not over: calls in flight, rolling back, or waiting for a decision. Closing a
    // window now leaves the trunk part-made (the journal keeps the plan for "Finish setup").
    bool isUnfinished() const {
        return m_state == State::Running || m_state == State::NeedsDecision ||
               m_state == State::RollingBack;
    }
    const ProvisioningPlan &plan() const { return m_plan; }
    ApiError rollbackError() const { return m_rollbackError; }
    // Set when the roll-back stopped to ask instead of deleting a trunk it cannot prove it
    // created: names every trunk concerned.
    QString rollbackNote() const { return m_rollbackNote; }
    static QString stateName(State state);

signals:
    void stepChanged(int index);
    void stateChanged(exotrunk::ProvisioningEngine::State state);
    void trunkCreated(const exotrunk::TrunkSid &sid);
    void finished();      // Finished
    void needsDecision(); // NeedsDecision, with plan().missingItems()
    void rolledBack();

private:
    void setState(State s);
    void pump();
    void launch(int index);
    void launchCreateTrunk(const QString &stepId, bool earlierAnswerLost);
    void launchDestinations(const QString &stepId);
    void destinationsAnswered(const QString &stepId, const QList<NewDestination> &toSend,
                              const QList<int> &sentIndex,
                              const ApiResult<QList<ItemOutcome<DestinationUri>>> &result);
    void stepSucceeded(const QString &stepId, const QString &note = {});
    // `explanation`, when given, is the console's own account of the failure (the step's note).
    void stepFailed(const QString &stepId, const ApiError &error, const QString &explanation = {});
    // Duplicates, in provisioningverification.cpp: each checks by listing that what the step
    // asked for exists, adopting only what the plan can prove it made.
    void verifyDuplicate(const QString &stepId, const ApiError &duplicate);
    void verifyTrunk(const QString &stepId, const ApiError &duplicate);
    void verifyNumber(const QString &stepId, const ApiError &duplicate);
    void verifyIp(const QString &stepId, const ApiError &duplicate);
    void verifyDestinations(const QString &stepId, const ApiError &duplicate);
    void verifyCredential(const QString &stepId, const ApiError &duplicate);
    void replaceCredential(const QString &stepId, const CredentialId &old);
    void duplicateNotFound(const QString &stepId, const ApiError &duplicate, const QString &what);
    void rollBackLostTrunk(const ProvisioningStep &trunk);
    void persist();
    void deleteTrunk();
    void finishRollBack();
    bool beginResumed(ProvisioningPlan plan);
    ProvisioningStep *step(const QString &stepId);

    QPointer<ExotelClient> m_client;
    ProvisioningJournal *m_journal = nullptr;
    ProvisioningPlan m_plan;
    State m_state = State::Idle;
    QString m_pendingPassword;
    ApiError m_rollbackError;
    QString m_rollbackNote;
    QList<QPointer<ApiCall>> m_calls;
};

} // namespace exotrunk

Q_DECLARE_METATYPE(exotrunk::ProvisioningEngine::State)
