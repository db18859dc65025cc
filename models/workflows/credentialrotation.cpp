#include "workflows/credentialrotation.h"

#include "accounts/profilerecords.h"
#include "api/exotelclient.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

Q_LOGGING_CATEGORY(lcRotation, "exotrunk.workflows.rotation")

namespace exotrunk {

namespace {

constexpr int kMaxUserNameLength = 32;

const QString kRoot = QStringLiteral("workflows/credentialRotation");

// Profile ids, trunk sids and credential ids are percent-encoded so that no value (a hand-edited
// settings file, an odd id from the API) can reach another group.
QString encode(const QString &value) {
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}
QString decode(const QString &value) {
    return QUrl::fromPercentEncoding(value.toLatin1());
}

QString trunkGroup(const QString &profileId, const TrunkSid &trunkSid) {
    return kRoot + QLatin1Char('/') + encode(profileId) + QLatin1Char('/') +
           encode(trunkSid.value());
}

} // namespace

QString rotationStageToString(RotationStage stage) {
    switch (stage) {
    case RotationStage::Choosing:
        return QStringLiteral("choosing");
    case RotationStage::Creating:
        return QStringLiteral("creating");
    case RotationStage::AwaitingPeer:
        return QStringLiteral("awaitingPeer");
    case RotationStage::DeletingOld:
        return QStringLiteral("deletingOld");
    case RotationStage::DeleteFailed:
        return QStringLiteral("deleteFailed");
    case RotationStage::Done:
        return QStringLiteral("done");
    case RotationStage::Abandoned:
        return QStringLiteral("abandoned");
    }
    return QStringLiteral("awaitingPeer");
}

RotationStage rotationStageFromString(const QString &text) {
    for (RotationStage s :
         {RotationStage::Choosing, RotationStage::Creating, RotationStage::AwaitingPeer,
          RotationStage::DeletingOld, RotationStage::DeleteFailed, RotationStage::Done,
          RotationStage::Abandoned}) {
        if (rotationStageToString(s) == text)
            return s;
    }
    // Unknown text from a newer or hand-edited file: the safe place to resume is before
    // the delete, which asks the engineer again.
    return RotationStage::AwaitingPeer;
}

CredentialRotation::CredentialRotation(ExotelClient *client, QString profileId, TrunkSid trunkSid,
                                       QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_profileId(std::move(profileId))
    , m_trunkSid(std::move(trunkSid)) {}

CredentialRotation::~CredentialRotation() {
    if (m_call)
        m_call->cancel();
    wipePassword();
}

void CredentialRotation::forgetProfile(const QString &profileId) {
    ProfileRecords records(profileId);
    records.remove(kRoot + QLatin1Char('/') + encode(profileId));
    records.sync();
}

void CredentialRotation::forgetTrunk(const QString &profileId, const TrunkSid &trunkSid) {
    ProfileRecords records(profileId);
    records.remove(trunkGroup(profileId, trunkSid));
    records.sync();
}

QList<PendingRotation> CredentialRotation::pending(const QString &profileId,
                                                   const TrunkSid &trunkSid) {
    QList<PendingRotation> result;
    const ProfileRecords records(profileId);
    const QString trunk = trunkGroup(profileId, trunkSid);
    const QStringList oldIds = records.childGroups(trunk);
    for (const QString &key : oldIds) {
        const QString group = trunk + QLatin1Char('/') + key + QLatin1Char('/');
        auto field = [&records, &group](const char *name) {
            return records.value(group + QLatin1String(name)).toString();
        };
        PendingRotation p;
        p.profileId = profileId;
        p.trunkSid = trunkSid;
        p.oldId = CredentialId(decode(key));
        p.oldUserName = field("oldUserName");
        p.newId = CredentialId(field("newId"));
        p.newUserName = field("newUserName");
        p.stage = rotationStageFromString(field("stage"));
        p.startedAt = QDateTime::fromString(field("startedAt"), Qt::ISODate);
        if (!p.oldId.isEmpty() && !p.newId.isEmpty())
            result.append(p);
    }
    std::sort(result.begin(), result.end(), [](const PendingRotation &a, const PendingRotation &b) {
        return a.startedAt < b.startedAt;
    });
    return result;
}

QString CredentialRotation::proposeUserName(const QString &oldUserName,
                                            const QStringList &existing) {
    static const QRegularExpression versioned(QStringLiteral("^(.*)_v(\\d+)$"));
    QString base = oldUserName;
    int version = 1;
    if (const auto m = versioned.match(oldUserName); m.hasMatch() && !m.captured(1).isEmpty()) {
        base = m.captured(1);
        version = m.captured(2).toInt();
    }
    for (const QString &name : existing) {
        const auto m = versioned.match(name);
        if (m.hasMatch() && m.captured(1) == base)
            version = std::max(version, m.captured(2).toInt());
    }
    const QString suffix = QStringLiteral("_v") + QString::number(std::max(version, 1) + 1);
    return base.left(kMaxUserNameLength - suffix.size()) + suffix;
}

void CredentialRotation::loadCredentials() {
    if (m_call)
        m_call->cancel();
    m_call = m_client->listCredentials(
        m_trunkSid, this, [this](const ApiResult<QList<Credential>> &result) {
            if (!result.isOk()) {
                m_lastError = result.error();
                if (m_lastError.kind != ApiError::Kind::Cancelled)
                    qCWarning(lcRotation)
                        << "listing credentials failed:" << m_lastError.technicalDetails();
                emit credentialsLoadFailed(m_lastError);
                return;
            }
            m_credentials = result.value();
            if (!m_old.id.isEmpty() && m_stage == Stage::Choosing)
                choose(m_old); // re-propose against the fresh list
            emit credentialsLoaded();
        });
}

void CredentialRotation::choose(const Credential &oldCredential) {
    if (m_stage != Stage::Choosing)
        return;
    m_old = oldCredential;
    QStringList names;
    for (const Credential &c : std::as_const(m_credentials))
        names << c.userName;
    m_newUserName = proposeUserName(oldCredential.userName, names);
    m_newFriendlyName = oldCredential.friendlyName;
    if (m_password.isEmpty())
        m_password = generatePassword(24);
    emit proposalChanged();
}

void CredentialRotation::setNewUserName(const QString &userName) {
    if (m_stage == Stage::Choosing)
        m_newUserName = userName;
}

void CredentialRotation::setNewFriendlyName(const QString &friendlyName) {
    if (m_stage == Stage::Choosing)
        m_newFriendlyName = friendlyName;
}

void CredentialRotation::regeneratePassword() {
    if (m_stage != Stage::Choosing)
        return;
    wipePassword();
    m_password = generatePassword(24);
    emit proposalChanged();
}

Validity CredentialRotation::checkNewCredential() const {
    if (m_old.id.isEmpty())
        return Validity::error(tr("Choose the credential to replace."));
    if (Validity v = validate::credentialUserName(m_newUserName); !v.isAcceptable())
        return v;
    if (m_newUserName == m_old.userName)
        return Validity::error(tr("The new user name must differ from the old one, so that both "
                                  "can exist while the peer is updated."));
    for (const Credential &c : m_credentials) {
        if (c.userName == m_newUserName)
            return Validity::error(
                tr("A credential named “%1” already exists on this trunk.").arg(m_newUserName));
    }
    if (Validity v = validate::friendlyName(m_newFriendlyName); !v.isAcceptable())
        return v;
    if (Validity v = validate::password(m_password); !v.isAcceptable())
        return v;
    return Validity::ok();
}

bool CredentialRotation::start() {
    if (m_stage != Stage::Choosing)
        return false;
    const Validity v = checkNewCredential();
    if (!v.isAcceptable()) {
        qCInfo(lcRotation) << "rotation not started:" << v.message;
        return false;
    }
    NewCredential nc;
    nc.userName = m_newUserName;
    nc.password = m_password;
    nc.friendlyName = m_newFriendlyName;
    qCInfo(lcRotation) << "rotating credential" << m_old.userName << "(" << m_old.id.value()
                       << ") on trunk" << m_trunkSid.value() << ": creating" << m_newUserName;
    setStage(Stage::Creating);
    m_call = m_client->createCredential(
        m_trunkSid, nc, this, [this](const ApiResult<Credential> &result) {
            if (!result.isOk()) {
                m_lastError = result.error();
                qCWarning(lcRotation)
                    << "creating the new credential failed:" << m_lastError.technicalDetails();
                setStage(Stage::Choosing);
                emit createFailed(m_lastError);
                return;
            }
            m_new = result.value();
            if (m_new.userName.isEmpty())
                m_new.userName = m_newUserName;
            m_startedAt = QDateTime::currentDateTimeUtc();
            m_lastError = {};
            setStage(Stage::AwaitingPeer); // persisted from here on
            qCInfo(lcRotation) << "new credential" << m_new.userName << "(" << m_new.id.value()
                               << ") created; waiting for the peer to be updated";
            emit newCredentialCreated(m_new);
        });
    return true;
}

QString CredentialRotation::handOffText() const {
    const QString userName = m_new.userName.isEmpty() ? m_newUserName : m_new.userName;
    QStringList lines;
    lines << tr("New SIP digest credential for Exotel trunk %1").arg(m_trunkSid.value());
    lines << tr("User name: %1").arg(userName);
    if (isPasswordAvailable())
        lines << tr("Password: %1").arg(m_password);
    else
        lines << tr("Password: (shown once when the credential was created; not stored)");
    lines << tr("Exotel SIP edge: %1").arg(QLatin1String(EdgeHost));
    lines << tr("  TLS: port %1 (transport=tls)").arg(EdgeTlsPort);
    lines << tr("  TCP: port %1 (transport=tcp)").arg(EdgeTcpPort);
    if (!m_old.userName.isEmpty())
        lines << tr("Replace the user name “%1” and its password on the PBX or Voice AI platform. "
                    "“%1” stops working when it is deleted after the update.")
                     .arg(m_old.userName);
    return lines.join(QLatin1Char('\n'));
}

void CredentialRotation::confirmPeerUpdated() {
    if (m_stage != Stage::AwaitingPeer)
        return;
    // The engineer has what they need; the password has no further use in this process.
    wipePassword();
    deleteOld();
}

void CredentialRotation::retryDelete() {
    if (m_stage != Stage::DeleteFailed)
        return;
    deleteOld();
}

void CredentialRotation::abandon() {
    if (m_stage != Stage::AwaitingPeer && m_stage != Stage::DeleteFailed)
        return;
    qCInfo(lcRotation) << "rotation of" << m_old.userName
                       << "abandoned; the old credential is kept";
    wipePassword();
    setStage(Stage::Abandoned);
}

void CredentialRotation::failDelete(const ApiError &error) {
    m_lastError = error;
    qCWarning(lcRotation) << "the old credential was not deleted:" << error.technicalDetails();
    setStage(Stage::DeleteFailed);
    emit deleteFailed(error);
}

void CredentialRotation::deleteOld() {
    if (m_new.id.isEmpty())
        return;
    m_newMissing = false;
    setStage(Stage::DeletingOld);
    // The old credential is only ever deleted while the new one is known to exist: look first,
    // since it may have been deleted by hand since it was created (or since a restart).
    m_call = m_client->listCredentials(
        m_trunkSid, this, [this](const ApiResult<QList<Credential>> &result) {
            if (!result.isOk()) {
                failDelete(result.error());
                return;
            }
            m_credentials = result.value();
            const bool newExists =
                std::any_of(m_credentials.cbegin(), m_credentials.cend(),
                            [this](const Credential &c) { return c.id == m_new.id; });
            if (!newExists) {
                m_newMissing = true;
                ApiError error;
                error.kind = ApiError::Kind::NotFound;
                error.message = tr("The new credential “%1” no longer exists on the trunk, so "
                                   "“%2” was kept: deleting it would leave the peer without a "
                                   "working credential.")
                                    .arg(m_new.userName, m_old.userName);
                failDelete(error);
                return;
            }
            deleteOldConfirmed();
        });
}

void CredentialRotation::deleteOldConfirmed() {
    qCInfo(lcRotation) << "deleting old credential" << m_old.userName << "(" << m_old.id.value()
                       << ") on trunk" << m_trunkSid.value();
    m_call = m_client->deleteCredential(
        m_trunkSid, m_old.id, this, [this](const ApiResult<Credential> &result) {
            // Already gone (deleted elsewhere, or an earlier answer was lost): the goal is met.
            const bool alreadyGone =
                !result.isOk() && result.error().kind == ApiError::Kind::NotFound;
            if (!result.isOk() && !alreadyGone) {
                failDelete(result.error());
                return;
            }
            m_lastError = {};
            qCInfo(lcRotation) << "old credential" << m_old.userName
                               << (alreadyGone ? "was already gone" : "deleted")
                               << "; rotation complete";
            setStage(Stage::Done);
            emit oldCredentialDeleted(m_old.id);
        });
}

bool CredentialRotation::resume(const PendingRotation &p) {
    if (p.profileId != m_profileId || p.trunkSid != m_trunkSid || p.oldId.isEmpty() ||
        p.newId.isEmpty() || m_call)
        return false;
    wipePassword();
    m_old = {};
    m_old.id = p.oldId;
    m_old.trunkSid = p.trunkSid;
    m_old.userName = p.oldUserName;
    m_new = {};
    m_new.id = p.newId;
    m_new.trunkSid = p.trunkSid;
    m_new.userName = p.newUserName;
    m_newUserName = p.newUserName;
    m_startedAt = p.startedAt;
    m_resumed = true;
    m_lastError = {};
    qCInfo(lcRotation) << "resuming the rotation of" << p.oldUserName << "→" << p.newUserName
                       << "on trunk" << p.trunkSid.value() << "from stage"
                       << rotationStageToString(p.stage);
    // Whatever was persisted, the next step is the delete, and it waits for the engineer.
    setStage(Stage::AwaitingPeer);
    return true;
}

void CredentialRotation::setStage(Stage stage) {
    if (m_stage == stage)
        return;
    m_stage = stage;
    switch (stage) {
    case Stage::AwaitingPeer:
    case Stage::DeletingOld:
    case Stage::DeleteFailed:
        persist();
        break;
    case Stage::Done:
    case Stage::Abandoned:
        unpersist();
        break;
    case Stage::Choosing:
    case Stage::Creating:
        break;
    }
    emit stageChanged(stage);
}

void CredentialRotation::persist() {
    ProfileRecords records(m_profileId);
    const QString group = trunkGroup(m_profileId, m_trunkSid) + QLatin1Char('/') +
                          encode(m_old.id.value()) + QLatin1Char('/');
    records.setValue(group + QStringLiteral("oldUserName"), m_old.userName);
    records.setValue(group + QStringLiteral("newId"), m_new.id.value());
    records.setValue(group + QStringLiteral("newUserName"), m_new.userName);
    records.setValue(group + QStringLiteral("stage"), rotationStageToString(m_stage));
    records.setValue(group + QStringLiteral("startedAt"), m_startedAt.toString(Qt::ISODate));
    records.sync();
}

void CredentialRotation::unpersist() {
    ProfileRecords records(m_profileId);
    records.remove(trunkGroup(m_profileId, m_trunkSid) + QLatin1Char('/') +
                   encode(m_old.id.value()));
    records.sync();
}

void CredentialRotation::wipePassword() {
    m_password.fill(QLatin1Char('\0'));
    m_password.clear();
}

} // namespace exotrunk
