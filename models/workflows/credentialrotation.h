#pragma once

#include "api/apierror.h"
#include "domain/credential.h"
#include "domain/ids.h"
#include "validation/validators.h"

#include <QDateTime>
#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

Q_DECLARE_LOGGING_CATEGORY(lcRotation)

namespace exotrunk {

class ApiCall;
class ExotelClient;

enum class RotationStage {
    Choosing,     // pick the credential to replace; new user name and password proposed
    Creating,     // POST of the new credential in flight
    AwaitingPeer, // new credential exists; the engineer updates the PBX / Voice AI platform
    DeletingOld,  // DELETE of the old credential in flight
    DeleteFailed, // the old credential still exists; Retry is offered
    Done,         // only the new credential remains
    Abandoned,    // given up before the delete; the old credential was kept
};

// What survives a closed dialog or a restart: ids and user names, never the password.
struct PendingRotation {
    QString profileId;
    TrunkSid trunkSid;
    CredentialId oldId;
    QString oldUserName;
    CredentialId newId;
    QString newUserName;
    RotationStage stage = RotationStage::AwaitingPeer;
    QDateTime startedAt; // UTC, when the new credential was created
};

// Replaces a SIP digest credential without cutting off live traffic: the new credential is
// created first, handed to the engineer once, and only after "I have updated the peer" is the
// old one deleted. From the moment the new credential exists the rotation is persisted
// (QSettings, per profile and trunk, keyed by the old credential id) until the old one is gone,
// so an interrupted rotation is offered again and never forgotten.
class CredentialRotation : public QObject {
    Q_OBJECT
public:
    using Stage = RotationStage;

    // Exotel's SIP edge the peer registers / authenticates against (India).
    static constexpr const char *EdgeHost = "in.voip.exotel.com";
    static constexpr int EdgeTlsPort = 443;
    static constexpr int EdgeTcpPort = 5070;

    CredentialRotation(ExotelClient *client, QString profileId, TrunkSid trunkSid,
                       QObject *parent = nullptr);
    ~CredentialRotation() override;

    static QList<PendingRotation> pending(const QString &profileId, const TrunkSid &trunkSid);
    // Every persisted rotation of the profile (the profile was removed).
    static void forgetProfile(const QString &profileId);
    // Every persisted rotation of one trunk (the trunk was deleted).
    static void forgetTrunk(const QString &profileId, const TrunkSid &trunkSid);
    // "alice" → "alice_v2"; "alice_v2" or an existing "alice_v2" → "alice_v3"; ≤ 32 characters.
    static QString proposeUserName(const QString &oldUserName, const QStringList &existing);

    const QString &profileId() const { return m_profileId; }
    const TrunkSid &trunkSid() const { return m_trunkSid; }
    Stage stage() const { return m_stage; }
    bool isResumed() const { return m_resumed; }
    const ApiError &lastError() const { return m_lastError; }

    // Choosing
    void loadCredentials();
    const QList<Credential> &credentials() const { return m_credentials; }
    void choose(const Credential &oldCredential);
    const Credential &oldCredential() const { return m_old; }
    QString newUserName() const { return m_newUserName; }
    void setNewUserName(const QString &userName);
    QString newFriendlyName() const { return m_newFriendlyName; }
    void setNewFriendlyName(const QString &friendlyName);
    void regeneratePassword();
    // Why start() would refuse, or Ok.
    Validity checkNewCredential() const;
    // Choosing → Creating. False (and nothing sent) when checkNewCredential() is an error.
    bool start();

    // AwaitingPeer
    const Credential &newCredential() const { return m_new; }
    // The new password, only in the session that created it and only until the peer is
    // confirmed. Empty after resume(): it was never stored anywhere.
    QString newPassword() const { return m_password; }
    bool isPasswordAvailable() const { return !m_password.isEmpty(); }
    // User name, password (when available) and Exotel edge for the person configuring the peer.
    QString handOffText() const;
    // AwaitingPeer → DeletingOld. Also used after resume().
    void confirmPeerUpdated();
    // DeleteFailed → DeletingOld.
    void retryDelete();
    // True when the last delete attempt was refused because the new credential no longer
    // exists: deleting the old one then would leave the peer with nothing.
    bool isNewCredentialMissing() const { return m_newMissing; }
    // AwaitingPeer / DeleteFailed → Abandoned: forgets the persisted rotation and keeps the old
    // credential. Neither credential is touched.
    void abandon();

    // Continues a persisted rotation at "delete the old credential". False if `p` is not for
    // this profile and trunk.
    bool resume(const PendingRotation &p);

signals:
    void stageChanged(exotrunk::RotationStage stage);
    void credentialsLoaded();
    void credentialsLoadFailed(const exotrunk::ApiError &error);
    void proposalChanged();
    void createFailed(const exotrunk::ApiError &error); // back to Choosing
    void newCredentialCreated(const exotrunk::Credential &credential);
    void deleteFailed(const exotrunk::ApiError &error);
    void oldCredentialDeleted(const exotrunk::CredentialId &id);

private:
    void setStage(Stage stage);
    void persist();
    void unpersist();
    void deleteOld();
    void deleteOldConfirmed();
    void failDelete(const ApiError &error);
    void wipePassword();

    ExotelClient *m_client;
    QString m_profileId;
    TrunkSid m_trunkSid;
    Stage m_stage = Stage::Choosing;
    bool m_resumed = false;
    bool m_newMissing = false;
    QList<Credential> m_credentials;
    Credential m_old;
    Credential m_new;
    QString m_newUserName;
    QString m_newFriendlyName;
    QString m_password;
    QDateTime m_startedAt;
    ApiError m_lastError;
    QPointer<ApiCall> m_call;
};

QString rotationStageToString(RotationStage stage); // stable, for QSettings and logs
RotationStage rotationStageFromString(const QString &text);

} // namespace exotrunk
