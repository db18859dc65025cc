// TrunkEditActions: the actions on selected rows (remove several, edit one) and the caller-ID
// alias read back from the server. The rest is in trunkeditactions.cpp.
#include "editing/trunkeditactions.h"

#include "api/exotelclient.h"
#include "datetimetext.h"
#include "editing/destinationorderdialog.h"
#include "editing/editcredentialdialog.h"
#include "editing/editmaskdialog.h"
#include "editing/removealiasdialog.h"
#include "editing/removerowsdialog.h"
#include "workflows/aliashistory.h"
#include "workflows/trunkchanges.h"
#include "workflows/trunkchangetexts.h"

#include <QAction>
#include <QDialog>

namespace exotrunk {

void TrunkEditActions::setSelectedPhoneNumbers(const QList<PhoneNumber> &numbers) {
    m_selectedNumbers = numbers;
    m_selectedNumber = numbers.isEmpty() ? std::nullopt : std::optional(numbers.first());
    updateEnabled();
}

void TrunkEditActions::setSelectedWhitelistedIps(const QList<WhitelistedIp> &ips) {
    m_selectedIps = ips;
    updateEnabled();
}

void TrunkEditActions::setSelectedDestinations(const QList<DestinationUri> &destinations) {
    m_selectedDestinations = destinations;
    updateEnabled();
}

void TrunkEditActions::setSelectedCredentials(const QList<Credential> &credentials) {
    m_selectedCredentials = credentials;
    m_selectedCredential =
        credentials.isEmpty() ? std::nullopt : std::optional(credentials.first());
    updateEnabled();
}

TrunkContents TrunkEditActions::contents() const {
    return m_contents ? m_contents() : TrunkContents();
}

void TrunkEditActions::updateRowActions() {
    const qsizetype numbers = m_selectedNumbers.size();
    setSupported(m_removeNumber, Endpoint::RemovePhoneNumber, numbers > 0,
                 numbers == 1
                     ? tr("Unmap %1 from this trunk (Del).").arg(m_selectedNumbers.first().number)
                     : tr("Unmap the %n selected numbers from this trunk (Del).", "", int(numbers)),
                 tr("Select one or more numbers first."));
    const qsizetype ips = m_selectedIps.size();
    setSupported(
        m_removeIp, Endpoint::RemoveWhitelistedIp, ips > 0,
        ips == 1 ? tr("Remove %1 from the whitelist (Del).").arg(m_selectedIps.first().cidr())
                 : tr("Remove the %n selected addresses from the whitelist (Del).", "", int(ips)),
        tr("Select one or more IPs first."));
    setSupported(m_editMask, Endpoint::UpdateWhitelistedIp, ips == 1,
                 ips == 1 ? tr("Change the mask of %1.").arg(m_selectedIps.first().cidr())
                          : QString(),
                 tr("Select one IP first."));
    const qsizetype destinations = m_selectedDestinations.size();
    setSupported(m_removeDestination, Endpoint::RemoveDestinationUri, destinations > 0,
                 destinations == 1
                     ? tr("Stop sending inbound calls to %1 (Del).")
                           .arg(m_selectedDestinations.first().destination)
                     : tr("Remove the %n selected destinations (Del).", "", int(destinations)),
                 tr("Select one or more destinations first."));
    setSupported(m_editOrder, Endpoint::UpdateDestinationUri, destinations == 1,
                 destinations == 1 ? tr("Change the priority and weight of %1.")
                                         .arg(m_selectedDestinations.first().destination)
                                   : QString(),
                 tr("Select one destination first."));
    const bool credential = m_selectedCredential && !m_selectedCredential->id.isEmpty();
    setSupported(m_editCredential, Endpoint::UpdateCredential, credential,
                 credential
                     ? tr("Change the friendly name of %1.").arg(m_selectedCredential->userName)
                     : QString(),
                 tr("Select a credential first."));
    setSupported(m_removeAlias, Endpoint::RemoveSetting, !m_alias.isEmpty(),
                 tr("Remove the caller-ID alias %1.").arg(m_alias),
                 tr("This trunk has no caller-ID alias."));
}

void TrunkEditActions::readAlias() {
    if (!m_client)
        return;
    m_changes->readSettings(this, [this](const ApiResult<QList<TrunkSetting>> &result) {
        if (result.isOk()) {
            m_alias = TrunkChanges::aliasIn(result.value()).value_or(QString());
            emit aliasRead(m_alias, tr("Read from Exotel (GET …/settings)."));
        } else {
            // What this console set, saying so: the server could not be asked.
            const auto last = AliasHistory::last(m_profileId, m_trunkSid);
            m_alias = last ? last->alias : QString();
            emit aliasRead(last ? tr("%1 (set by this console on %2)")
                                      .arg(last->alias, dateTimeText(last->setAt))
                                : QString(),
                           tr("The server could not be asked (%1); this is the last alias set "
                              "from this console.")
                               .arg(result.error().userMessage()));
        }
        updateEnabled();
    });
}

namespace {
template <typename T> QStringList valuesOf(const QList<T> &items, QString (*value)(const T &)) {
    QStringList values;
    for (const T &item : items)
        values << value(item);
    return values;
}
QString numberValue(const PhoneNumber &n) {
    return n.number;
}
QString ipValue(const WhitelistedIp &ip) {
    return ip.friendlyName.isEmpty() ? ip.cidr()
                                     : QStringLiteral("%1 (%2)").arg(ip.cidr(), ip.friendlyName);
}
QString destinationValue(const DestinationUri &d) {
    return d.destination;
}
QString credentialValue(const Credential &c) {
    return c.friendlyName.isEmpty() ? c.userName
                                    : QStringLiteral("%1 (%2)").arg(c.userName, c.friendlyName);
}
} // namespace

void TrunkEditActions::openRemoveNumbers() {
    if (m_selectedNumbers.isEmpty())
        return;
    const QList<PhoneNumber> rows = m_selectedNumbers;
    RemoveRowsDialog::Texts t;
    t.objectName = QStringLiteral("removeNumbersDialog");
    t.title = tr("Remove numbers from %1").arg(m_trunkSid.value());
    t.question =
        tr("Unmap %n phone number(s) from trunk %1?", "", int(rows.size())).arg(trunkLabel());
    t.values = valuesOf(rows, &numberValue);
    t.outcomes = TrunkChangeTexts::numbersRemoved(rows);
    t.submitText = tr("&Remove %n number(s)", "", int(rows.size()));
    auto *d = new RemoveRowsDialog(
        m_client, m_trunkSid, t,
        [rows](TrunkChanges *changes) { return changes->removePhoneNumbers(rows); },
        m_dialogParent);
    connect(d->changes(), &TrunkChanges::changed, this, &TrunkEditActions::sectionChanged);
    open(d);
}

void TrunkEditActions::openRemoveIps() {
    if (m_selectedIps.isEmpty())
        return;
    const QList<WhitelistedIp> rows = m_selectedIps;
    const TrunkContents now = contents();
    RemoveRowsDialog::Texts t;
    t.objectName = QStringLiteral("removeIpsDialog");
    t.title = tr("Remove whitelisted IPs from %1").arg(m_trunkSid.value());
    t.question =
        tr("Remove %n whitelisted IP(s) from trunk %1?", "", int(rows.size())).arg(trunkLabel());
    t.values = valuesOf(rows, &ipValue);
    t.outcomes = TrunkChangeTexts::ipsRemoved(rows, now.ips, int(now.credentials.size()));
    t.submitText = tr("&Remove %n IP(s)", "", int(rows.size()));
    auto *d = new RemoveRowsDialog(
        m_client, m_trunkSid, t,
        [rows](TrunkChanges *changes) { return changes->removeWhitelistedIps(rows); },
        m_dialogParent);
    connect(d->changes(), &TrunkChanges::changed, this, &TrunkEditActions::sectionChanged);
    open(d);
}

void TrunkEditActions::openRemoveDestinations() {
    if (m_selectedDestinations.isEmpty())
        return;
    const QList<DestinationUri> rows = m_selectedDestinations;
    const TrunkContents now = contents();
    RemoveRowsDialog::Texts t;
    t.objectName = QStringLiteral("removeDestinationsDialog");
    t.title = tr("Remove destinations from %1").arg(m_trunkSid.value());
    t.question =
        tr("Remove %n destination URI(s) from trunk %1?", "", int(rows.size())).arg(trunkLabel());
    t.values = valuesOf(rows, &destinationValue);
    t.outcomes = TrunkChangeTexts::destinationsRemoved(
        rows, now.destinations.isEmpty() ? rows : now.destinations);
    t.submitText = tr("&Remove %n destination(s)", "", int(rows.size()));
    auto *d = new RemoveRowsDialog(
        m_client, m_trunkSid, t,
        [rows](TrunkChanges *changes) { return changes->removeDestinationUris(rows); },
        m_dialogParent);
    connect(d->changes(), &TrunkChanges::changed, this, &TrunkEditActions::sectionChanged);
    open(d);
}

void TrunkEditActions::openRemoveCredentials() {
    const QList<Credential> rows = m_selectedCredentials;
    const TrunkContents now = contents();
    RemoveRowsDialog::Texts t;
    t.objectName = QStringLiteral("removeCredentialsDialog");
    t.title = tr("Delete credentials of %1").arg(m_trunkSid.value());
    t.question = tr("Delete %n credential(s) of trunk %1?", "", int(rows.size())).arg(trunkLabel());
    t.values = valuesOf(rows, &credentialValue);
    t.outcomes = TrunkChangeTexts::credentialsRemoved(
        rows, now.credentials.isEmpty() ? rows : now.credentials, int(now.ips.size()));
    t.submitText = tr("&Delete %n credential(s)", "", int(rows.size()));
    auto *d = new RemoveRowsDialog(
        m_client, m_trunkSid, t,
        [rows](TrunkChanges *changes) { return changes->removeCredentials(rows); }, m_dialogParent);
    connect(d->changes(), &TrunkChanges::changed, this, &TrunkEditActions::sectionChanged);
    open(d);
}

void TrunkEditActions::openEditMask() {
    if (m_selectedIps.size() != 1)
        return;
    auto *d = new EditMaskDialog(m_client, m_trunkSid, m_selectedIps.first(), m_dialogParent);
    connect(d->changes(), &TrunkChanges::changed, this, &TrunkEditActions::sectionChanged);
    open(d);
}

void TrunkEditActions::openEditOrder() {
    if (m_selectedDestinations.size() != 1)
        return;
    auto *d = new DestinationOrderDialog(m_client, m_trunkSid, m_selectedDestinations.first(),
                                         contents().destinations, m_dialogParent);
    connect(d->changes(), &TrunkChanges::changed, this, &TrunkEditActions::sectionChanged);
    open(d);
}

void TrunkEditActions::openEditCredential() {
    if (!m_selectedCredential)
        return;
    auto *d = new EditCredentialDialog(m_client, m_trunkSid, *m_selectedCredential, m_dialogParent);
    connect(d->changes(), &TrunkChanges::changed, this, &TrunkEditActions::sectionChanged);
    open(d);
}

void TrunkEditActions::openRemoveAlias() {
    auto *d = new RemoveAliasDialog(m_client, m_trunkSid, m_alias, m_dialogParent);
    connect(d->changes(), &TrunkChanges::changed, this, &TrunkEditActions::sectionChanged);
    open(d);
}

} // namespace exotrunk
