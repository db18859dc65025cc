#include "editing/trunkeditactions.h"

#include "api/endpointcatalogue.h"
#include "api/exotelclient.h"
#include "editing/adddestinationsdialog.h"
#include "editing/allowipdialog.h"
#include "editing/calleriddialog.h"
#include "editing/changemodedialog.h"
#include "editing/createcredentialdialog.h"
#include "editing/deletecredentialdialog.h"
#include "editing/editinglogging.h"
#include "editing/mapnumberdialog.h"
#include "editing/renametrunkdialog.h"
#include "editing/rotatecredentialdialog.h"
#include "workflows/credentialrotation.h"
#include "workflows/trunkchanges.h"

#include <QAction>
#include <QDialog>
#include <QKeySequence>
#include <QWidget>

namespace exotrunk {

TrunkEditActions::TrunkEditActions(ExotelClient *client, TrunkSid trunkSid, QString profileId,
                                   QWidget *dialogParent)
    : QObject(dialogParent)
    , m_client(client)
    , m_trunkSid(std::move(trunkSid))
    , m_profileId(std::move(profileId))
    , m_dialogParent(dialogParent)
    , m_changes(new TrunkChanges(client, m_trunkSid, this)) {
    m_mapNumber = makeAction(tr("&Map number…"), QStringLiteral("mapNumberAction"));
    m_changeMode = makeAction(tr("Change &mode…"), QStringLiteral("changeModeAction"));
    m_removeNumber = makeAction(tr("Remove number…"), QStringLiteral("removeNumberAction"));
    m_allowIp = makeAction(tr("&Allow IP…"), QStringLiteral("allowIpAction"));
    m_editMask = makeAction(tr("Edit mask…"), QStringLiteral("editMaskAction"));
    m_removeIp = makeAction(tr("Remove IP…"), QStringLiteral("removeIpAction"));
    m_addDestinations =
        makeAction(tr("Add &destinations…"), QStringLiteral("addDestinationsAction"));
    m_editOrder =
        makeAction(tr("Priority and weight…"), QStringLiteral("editDestinationOrderAction"));
    m_removeDestination =
        makeAction(tr("Remove destination…"), QStringLiteral("removeDestinationAction"));
    m_setCallerId = makeAction(tr("Set caller-ID &alias…"), QStringLiteral("setCallerIdAction"));
    m_removeAlias = makeAction(tr("Remove alias…"), QStringLiteral("removeAliasAction"));
    m_createCredential =
        makeAction(tr("&New credential…"), QStringLiteral("createCredentialAction"));
    m_editCredential = makeAction(tr("Edit credential…"), QStringLiteral("editCredentialAction"));
    m_deleteCredential =
        makeAction(tr("&Delete credential…"), QStringLiteral("deleteCredentialAction"));
    m_rotateCredential =
        makeAction(tr("&Rotate credential…"), QStringLiteral("rotateCredentialAction"));
    m_rotateCredential->setToolTip(tr("Replace a credential without downtime: create a new one, "
                                      "update the peer, then delete the old one."));
    m_finishRotation = makeAction(tr("&Finish rotation…"), QStringLiteral("finishRotationAction"));
    m_renameTrunk = makeAction(tr("Rename trunk…"), QStringLiteral("renameTrunkAction"));
    m_renameTrunk->setShortcut(QKeySequence(Qt::Key_F2));

    connect(m_mapNumber, &QAction::triggered, this, &TrunkEditActions::openMapNumber);
    connect(m_changeMode, &QAction::triggered, this, &TrunkEditActions::openChangeMode);
    connect(m_allowIp, &QAction::triggered, this, &TrunkEditActions::openAllowIp);
    connect(m_addDestinations, &QAction::triggered, this, &TrunkEditActions::openAddDestinations);
    connect(m_setCallerId, &QAction::triggered, this, &TrunkEditActions::openCallerId);
    connect(m_createCredential, &QAction::triggered, this, &TrunkEditActions::openCreateCredential);
    connect(m_deleteCredential, &QAction::triggered, this, &TrunkEditActions::openDeleteCredential);
    connect(m_rotateCredential, &QAction::triggered, this, [this] { openRotation(false); });
    connect(m_finishRotation, &QAction::triggered, this, [this] { openRotation(true); });
    connect(m_renameTrunk, &QAction::triggered, this, &TrunkEditActions::openRenameTrunk);
    connect(m_removeNumber, &QAction::triggered, this, &TrunkEditActions::openRemoveNumbers);
    connect(m_removeIp, &QAction::triggered, this, &TrunkEditActions::openRemoveIps);
    connect(m_removeDestination, &QAction::triggered, this,
            &TrunkEditActions::openRemoveDestinations);
    connect(m_editMask, &QAction::triggered, this, &TrunkEditActions::openEditMask);
    connect(m_editOrder, &QAction::triggered, this, &TrunkEditActions::openEditOrder);
    connect(m_editCredential, &QAction::triggered, this, &TrunkEditActions::openEditCredential);
    connect(m_removeAlias, &QAction::triggered, this, &TrunkEditActions::openRemoveAlias);
    // A server found not to support an action disables it, with the reason.
    if (m_client)
        connect(m_client, &ExotelClient::supportChanged, this, &TrunkEditActions::updateEnabled);

    refreshPendingRotations();
}

TrunkEditActions::~TrunkEditActions() = default;

QString TrunkEditActions::trunkLabel() const {
    if (m_trunkName.isEmpty())
        return m_trunkSid.value();
    return tr("%1 (%2)", "trunk name (trunk SID)").arg(m_trunkName, m_trunkSid.value());
}

QAction *TrunkEditActions::makeAction(const QString &text, const QString &objectName) {
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    return action;
}

QList<QAction *> TrunkEditActions::actionsFor(Section section) const {
    switch (section) {
    case Section::PhoneNumbers:
        return {m_mapNumber, m_changeMode, m_removeNumber};
    case Section::WhitelistedIps:
        return {m_allowIp, m_editMask, m_removeIp};
    case Section::DestinationUris:
        return {m_addDestinations, m_editOrder, m_removeDestination};
    case Section::Credentials:
        return {m_createCredential, m_editCredential, m_rotateCredential, m_finishRotation,
                m_deleteCredential};
    case Section::CallerId:
        return {m_setCallerId, m_removeAlias};
    case Section::Trunk:
        return {m_renameTrunk};
    }
    return {};
}

void TrunkEditActions::setSelectedPhoneNumber(const std::optional<PhoneNumber> &number) {
    setSelectedPhoneNumbers(number ? QList<PhoneNumber>{*number} : QList<PhoneNumber>());
}

void TrunkEditActions::setSelectedCredential(const std::optional<Credential> &credential) {
    m_selectedCredential = credential;
    updateEnabled();
}

QString TrunkEditActions::callerIdAliasText() const {
    return CallerIdDialog::lastAliasText(m_profileId, m_trunkSid);
}

void TrunkEditActions::refreshPendingRotations() {
    const QList<PendingRotation> pending = CredentialRotation::pending(m_profileId, m_trunkSid);
    const int before = m_pendingCount;
    m_pendingCount = int(pending.size());
    if (pending.isEmpty()) {
        m_finishRotation->setText(tr("&Finish rotation…"));
        m_finishRotation->setToolTip(tr("No credential rotation is waiting on this trunk."));
    } else {
        const PendingRotation &p = pending.first();
        m_finishRotation->setText(
            tr("&Finish rotation (%1 → %2)…").arg(p.oldUserName, p.newUserName));
        m_finishRotation->setToolTip(
            tr("A rotation was interrupted: “%1” is still to be deleted once the peer uses "
               "“%2”.")
                .arg(p.oldUserName, p.newUserName));
    }
    updateEnabled();
    if (before != m_pendingCount)
        emit pendingRotationsChanged(m_pendingCount);
}

void TrunkEditActions::updateEnabled() {
    const bool numberOk = m_selectedNumber && !m_selectedNumber->id.isEmpty();
    m_changeMode->setEnabled(numberOk);
    m_changeMode->setToolTip(
        numberOk ? tr("Switch %1 between pstn and flow.").arg(m_selectedNumber->number)
                 : tr("Select a number first."));
    const bool credentialOk = m_selectedCredential && !m_selectedCredential->id.isEmpty();
    m_deleteCredential->setEnabled(credentialOk);
    if (m_selectedCredentials.size() > 1)
        m_deleteCredential->setToolTip(
            tr("Delete the %n selected credentials; peers using them get SIP 401.", "",
               int(m_selectedCredentials.size())));
    else
        m_deleteCredential->setToolTip(
            credentialOk
                ? tr("Delete %1; peers using it get SIP 401.").arg(m_selectedCredential->userName)
                : tr("Select one or more credentials first."));
    m_finishRotation->setEnabled(m_pendingCount > 0);
    setSupported(m_renameTrunk, Endpoint::UpdateTrunk, true,
                 tr("Give the trunk another name; its SID stays (F2)."), QString());
    updateRowActions();
}

// Enabled when the server supports `endpoint` and `ready` holds; the tooltip says why not.
void TrunkEditActions::setSupported(QAction *action, Endpoint endpoint, bool ready,
                                    const QString &readyTip, const QString &notReadyTip) {
    const bool supported = m_client && m_client->isSupported(endpoint);
    action->setEnabled(supported && ready);
    const QString tip = !supported ? (m_client ? m_client->unsupportedReason(endpoint) : QString())
                        : ready    ? readyTip
                                   : notReadyTip;
    action->setToolTip(tip);
    action->setStatusTip(tip);
}

void TrunkEditActions::open(QDialog *dialog) {
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    m_dialog = dialog;
    // Every dialog titles itself with the SID it was given; the actions know the name too.
    dialog->setWindowTitle(dialog->windowTitle().replace(m_trunkSid.value(), trunkLabel()));
    qCDebug(lcEditing) << "opening" << dialog->objectName() << "for trunk" << m_trunkSid.value();
    dialog->open();
    emit dialogOpened(dialog);
}

void TrunkEditActions::openMapNumber() {
    auto *d = new MapNumberDialog(m_client, m_trunkSid, m_dialogParent);
    connect(d, &MapNumberDialog::numberMapped, this,
            [this] { emit sectionChanged(Section::PhoneNumbers); });
    open(d);
}

void TrunkEditActions::openChangeMode() {
    if (!m_selectedNumber)
        return;
    auto *d = new ChangeModeDialog(m_client, m_trunkSid, *m_selectedNumber, m_dialogParent);
    connect(d, &ChangeModeDialog::modeChanged, this, [this](const PhoneNumber &number) {
        if (m_selectedNumber && m_selectedNumber->id == number.id)
            m_selectedNumber->mode = number.mode;
        emit sectionChanged(Section::PhoneNumbers);
    });
    open(d);
}

void TrunkEditActions::openRenameTrunk() {
    const QStringList others = m_otherTrunkNames ? m_otherTrunkNames() : QStringList();
    auto *d = new RenameTrunkDialog(m_client, m_trunkSid, m_trunkName, others, m_dialogParent);
    connect(d, &RenameTrunkDialog::renamed, this, [this](const Trunk &trunk) {
        m_trunkName = trunk.name;
        emit trunkRenamed(trunk);
    });
    open(d);
}

void TrunkEditActions::openAllowIp() {
    auto *d = new AllowIpDialog(m_client, m_trunkSid, m_dialogParent);
    connect(d, &AllowIpDialog::ipAllowed, this,
            [this] { emit sectionChanged(Section::WhitelistedIps); });
    open(d);
}

void TrunkEditActions::openAddDestinations() {
    auto *d = new AddDestinationsDialog(m_client, m_trunkSid, m_dialogParent);
    connect(d, &AddDestinationsDialog::destinationsAdded, this,
            [this] { emit sectionChanged(Section::DestinationUris); });
    connect(d, &AddDestinationsDialog::ipAllowed, this,
            [this] { emit sectionChanged(Section::WhitelistedIps); });
    open(d);
}

void TrunkEditActions::openCallerId() {
    auto *d = new CallerIdDialog(m_client, m_trunkSid, m_profileId, m_dialogParent);
    connect(d, &CallerIdDialog::aliasSet, this, [this] { emit sectionChanged(Section::CallerId); });
    open(d);
}

void TrunkEditActions::openCreateCredential() {
    auto *d = new CreateCredentialDialog(m_client, m_trunkSid, m_dialogParent);
    connect(d, &CreateCredentialDialog::credentialCreated, this,
            [this] { emit sectionChanged(Section::Credentials); });
    open(d);
}

void TrunkEditActions::openDeleteCredential() {
    if (m_selectedCredentials.size() > 1) {
        openRemoveCredentials(); // several at once: one confirmation, a result per row
        return;
    }
    if (!m_selectedCredential)
        return;
    auto *d =
        new DeleteCredentialDialog(m_client, m_trunkSid, *m_selectedCredential, m_dialogParent);
    connect(d, &DeleteCredentialDialog::credentialDeleted, this, [this](const CredentialId &id) {
        if (m_selectedCredential && m_selectedCredential->id == id)
            m_selectedCredential.reset();
        updateEnabled();
        emit sectionChanged(Section::Credentials);
    });
    open(d);
}

void TrunkEditActions::openRotation(bool resume) {
    std::optional<PendingRotation> pending;
    if (resume) {
        const QList<PendingRotation> list = CredentialRotation::pending(m_profileId, m_trunkSid);
        if (list.isEmpty()) {
            refreshPendingRotations();
            return;
        }
        pending = list.first();
    }
    auto *d = new RotateCredentialDialog(m_client, m_profileId, m_trunkSid, m_dialogParent,
                                         m_selectedCredential, pending);
    connect(d, &RotateCredentialDialog::credentialsChanged, this,
            [this] { emit sectionChanged(Section::Credentials); });
    connect(d, &RotateCredentialDialog::pendingRotationsChanged, this,
            &TrunkEditActions::refreshPendingRotations);
    connect(d, &QDialog::finished, this, &TrunkEditActions::refreshPendingRotations);
    open(d);
}

} // namespace exotrunk
