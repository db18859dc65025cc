// Rotate: the credential rotation workflow behind the rotation dialog, with a fault on one of
// its four requests (list, create the new credential, look before deleting, delete the old).

#include "soakconsole.h"

#include "workflows/credentialrotation.h"

#include <QSignalSpy>

namespace exotrunk::soak {

namespace {
using Stage = RotationStage;

enum Phase { ListPhase, CreatePhase, LookPhase, DeletePhase };

} // namespace

bool SoakConsole::opRotate() {
    const TrunkSid sid = ensureOpenTrunk();
    if (sid.isEmpty())
        return opCreate();
    const QList<Credential> shown = m_details.credentials()->items();
    if (shown.isEmpty())
        return createCredential();
    return rotateFrom(shown.at(pick(int(shown.size()))).id);
}

bool SoakConsole::rotateFrom(const CredentialId &oldId) {
    count(QStringLiteral("rotate"));
    const int phase = pick(4);
    const bool write = phase == CreatePhase || phase == DeletePhase;
    const FaultKind fault = m_faults.choose({write, false});
    const auto armAt = [&](int at, const char *method) {
        if (phase == at)
            m_faults.arm(fault, QLatin1String(method), QStringLiteral("/credentials"));
    };
    CredentialRotation rotation(m_client.get(), soakProfile(), m_openSid);

    QSignalSpy loaded(&rotation, &CredentialRotation::credentialsLoaded);
    QSignalSpy loadFailed(&rotation, &CredentialRotation::credentialsLoadFailed);
    armAt(ListPhase, "GET");
    rotation.loadCredentials();
    if (!waitFor([&] { return !loaded.isEmpty() || !loadFailed.isEmpty(); },
                 QStringLiteral("the credentials to rotate")))
        return false;
    if (!loadFailed.isEmpty())
        return expectOutcome(QStringLiteral("rotate: list"), fault, true, rotation.lastError());

    const auto &listed = rotation.credentials();
    const auto old = std::find_if(listed.cbegin(), listed.cend(),
                                  [&](const Credential &c) { return c.id == oldId; });
    SOAK_CHECK(old != listed.cend(), QStringLiteral("the shown credential is not listed"));
    rotation.choose(*old);
    armAt(CreatePhase, "POST");
    SOAK_CHECK(rotation.start(), rotation.checkNewCredential().message);
    if (!waitFor([&] { return rotation.stage() != Stage::Creating; },
                 QStringLiteral("the new credential")))
        return false;
    if (rotation.stage() == Stage::Choosing)
        return expectOutcome(QStringLiteral("rotate: create"), fault, true, rotation.lastError());
    SOAK_CHECK(rotation.stage() == Stage::AwaitingPeer && rotation.isPasswordAvailable(),
               rotationStageToString(rotation.stage()));
    SOAK_CHECK(CredentialRotation::pending(soakProfile(), m_openSid).size() == 1,
               QStringLiteral("a rotation awaiting the peer is not remembered"));
    const QString newUserName = rotation.newCredential().userName;

    armAt(LookPhase, "GET");
    armAt(DeletePhase, "DELETE");
    rotation.confirmPeerUpdated();
    if (!waitFor([&] { return rotation.stage() != Stage::DeletingOld; },
                 QStringLiteral("the old credential to go")))
        return false;
    const bool failed = rotation.stage() == Stage::DeleteFailed;
    if (!expectOutcome(QStringLiteral("rotate: delete"), fault, failed, rotation.lastError()))
        return false;
    // After a failure the user retries (the fault is over) or keeps the old credential.
    m_server.clearFaults();
    const int choice = failed ? pick(2) : -1;
    if (choice == 0)
        rotation.retryDelete();
    if (choice == 1)
        rotation.abandon();
    if (!waitFor([&] { return rotation.stage() != Stage::DeletingOld; },
                 QStringLiteral("the retried delete")))
        return false;
    SOAK_CHECK(rotation.stage() == (choice == 1 ? Stage::Abandoned : Stage::Done),
               rotationStageToString(rotation.stage()) + QLatin1Char(' ') +
                   rotation.lastError().technicalDetails());
    const bool oldKept = rotation.stage() == Stage::Abandoned;
    SOAK_CHECK(CredentialRotation::pending(soakProfile(), m_openSid).isEmpty(),
               QStringLiteral("a finished rotation is still remembered"));
    if (!reloadSection(TrunkDetailsController::Section::Credentials))
        return false;
    const auto &items = m_details.credentials()->items();
    const bool hasNew = std::any_of(items.cbegin(), items.cend(),
                                    [&](const Credential &c) { return c.userName == newUserName; });
    const bool hasOld = std::any_of(items.cbegin(), items.cend(),
                                    [&](const Credential &c) { return c.id == oldId; });
    SOAK_CHECK(hasNew && hasOld == oldKept,
               QStringLiteral("after the rotation: new %1, old %2, kept %3")
                   .arg(hasNew)
                   .arg(hasOld)
                   .arg(oldKept));
    return true;
}

} // namespace exotrunk::soak
