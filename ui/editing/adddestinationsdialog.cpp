#include "editing/adddestinationsdialog.h"
#include "common/destinationrowseditor.h"

#include "workflows/destinationaddition.h"

#include <QPushButton>
#include <QVBoxLayout>

namespace exotrunk {

AddDestinationsDialog::AddDestinationsDialog(ExotelClient *client, TrunkSid trunkSid,
                                             QWidget *parent)
    : EditDialogBase(client, std::move(trunkSid), parent)
    , m_rows(new ui::DestinationRowsEditor(ui::RowsEditor::Mode::ManyRows,
                                           tr("Allow this IP and retry"),
                                           tr("Whitelists this IP with mask 32, then sends the "
                                              "destination again"),
                                           this))
    , m_addition(new DestinationAddition(client, this->trunkSid(), this)) {
    setObjectName(QStringLiteral("addDestinationsDialog"));
    setWindowTitle(tr("Add destinations to %1").arg(this->trunkSid().value()));
    setMinimumWidth(640);
    contentLayout()->addWidget(m_rows);
    addNote(tr("Inbound calls are sent to these SIP URIs. An IP address must be allowed on the "
               "trunk first (Allow IP); a host name (FQDN) needs no allow-list entry. TLS "
               "usually uses port 5061, TCP and UDP 5060."),
            QStringLiteral("destinationsNote"));
    submitButton()->setText(tr("&Add destinations"));
    cancelButton()->setText(tr("Close"));

    connect(m_rows, &ui::RowsEditor::changed, this, &AddDestinationsDialog::validateInput);
    connect(m_rows, &ui::RowsEditor::rowAdded, this, [this] {
        m_keys << m_nextKey++;
        // Rows are made after the buttons: Tab goes along the rows, then to the buttons.
        QList<QWidget *> chain = m_rows->tabChain();
        chain << submitButton() << cancelButton();
        for (int i = 1; i < chain.size(); ++i)
            setTabOrder(chain.at(i - 1), chain.at(i));
    });
    // The workflow knows rows by key; rows renumber when one is removed, keys do not.
    connect(m_rows, &ui::RowsEditor::rowRemoved, this,
            [this](int row) { m_addition->forget(m_keys.takeAt(row)); });
    connect(m_rows, &ui::RowsEditor::rowActionClicked, this,
            [this](int row) { m_addition->allowAndRetry(m_keys.at(row)); });
    connect(m_addition, &DestinationAddition::rowChanged, this,
            [this](int key) { showRow(int(m_keys.indexOf(key))); });
    connect(m_addition, &DestinationAddition::callStarted, this, &AddDestinationsDialog::track);
    connect(m_addition, &DestinationAddition::requestFailed, this,
            &AddDestinationsDialog::showError);
    connect(m_addition, &DestinationAddition::destinationsAdded, this,
            &AddDestinationsDialog::destinationsAdded);
    connect(m_addition, &DestinationAddition::ipAllowed, this, &AddDestinationsDialog::ipAllowed);

    addRow();
}

int AddDestinationsDialog::rowCount() const {
    return m_rows->rowCount();
}

int AddDestinationsDialog::addRow() {
    return m_rows->addRow();
}

AddDestinationsDialog::RowState AddDestinationsDialog::rowState(int row) const {
    const int key = m_keys.at(row);
    if (!m_addition->hasResult(key))
        return RowState::Editing;
    switch (m_addition->result(key).state) {
    case DestinationAddition::RowState::Sending:
    case DestinationAddition::RowState::Allowing:
        return RowState::Sending;
    case DestinationAddition::RowState::Added:
        return RowState::Added;
    case DestinationAddition::RowState::Failed:
        break;
    }
    return RowState::Failed;
}

Validity AddDestinationsDialog::rowVerdict(int row) const {
    const Validity v = m_rows->rowVerdict(row);
    const NewDestination d = m_rows->destination(row);
    if (v.isOk() && !d.host.isEmpty() && validate::isIpv4Literal(d.host))
        return Validity::warning(
            tr("an IP destination is refused unless %1 is allowed on the trunk.").arg(d.host));
    return v;
}

void AddDestinationsDialog::validateInput() {
    int pending = 0;
    bool allValid = true;
    for (int i = 0; i < m_rows->rowCount(); ++i) {
        const RowState state = rowState(i);
        if (state == RowState::Added || state == RowState::Sending || m_rows->isRowEmpty(i))
            continue; // blank rows are ignored
        const Validity v = rowVerdict(i);
        m_rows->setRowValidity(i, v);
        ++pending;
        allValid = allValid && v.isAcceptable();
    }
    setInputValid(pending > 0 && allValid);
}

void AddDestinationsDialog::setInputsEnabled(bool enabled) {
    m_rows->setInputsEnabled(enabled);
}

void AddDestinationsDialog::showRow(int row) {
    if (row < 0 || row >= m_rows->rowCount())
        return;
    const DestinationAddition::RowResult r = m_addition->result(m_keys.at(row));
    switch (r.state) {
    case DestinationAddition::RowState::Sending:
        m_rows->setRowResult(row, std::nullopt, tr("Sending…"));
        break;
    case DestinationAddition::RowState::Allowing:
        m_rows->setRowResult(row, std::nullopt, tr("Allowing %1…").arg(r.asked.host));
        break;
    case DestinationAddition::RowState::Added:
        m_rows->setRowResult(row, ui::Tone::Success, tr("✓ Added"));
        break;
    case DestinationAddition::RowState::Failed:
        m_rows->setRowResult(row, ui::Tone::Danger, tr("✗ Failed: %1").arg(r.reason()),
                             r.error.technicalDetails());
        break;
    }
    m_rows->setRowActionVisible(row, r.canAllowAndRetry);
    m_rows->setRowLocked(row,
                         rowState(row) == RowState::Added || rowState(row) == RowState::Sending);
    validateInput();
}

void AddDestinationsDialog::submit() {
    QList<int> keys;
    QList<NewDestination> destinations;
    for (int i = 0; i < m_rows->rowCount(); ++i) {
        const RowState state = rowState(i);
        if (state == RowState::Added || state == RowState::Sending || m_rows->isRowEmpty(i))
            continue;
        if (!rowVerdict(i).isAcceptable())
            return; // validated before anything is sent
        keys << m_keys.at(i);
        destinations << m_rows->destination(i);
    }
    if (!destinations.isEmpty())
        m_addition->add(keys, destinations);
}

} // namespace exotrunk
