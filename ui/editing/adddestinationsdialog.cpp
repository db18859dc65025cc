#include "editing/adddestinationsdialog.h"
#include "common/accessiblecombobox.h"
#include "common/numberfield.h"

#include "common/palettecolors.h"

#include "api/exotelclient.h"
#include "editing/editinglogging.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace exotrunk {

namespace {

QString rowName(const char *base, int row) {
    return QLatin1String(base) + QLatin1Char('_') + QString::number(row);
}

// The API's words for an IP destination without an ACL entry.
bool isNotWhitelisted(const ApiError &error) {
    const QString text = error.message + QLatin1Char(' ') + error.description;
    return text.contains(QLatin1String("not whitelisted"), Qt::CaseInsensitive);
}

QString reasonOf(const ApiError &error) {
    return error.message.isEmpty() ? error.userMessage() : error.serverText();
}

enum Column { TransportCol, HostCol, PortCol, ResultCol, ActionCol, RemoveCol };

} // namespace

AddDestinationsDialog::AddDestinationsDialog(ExotelClient *client, TrunkSid trunkSid,
                                             QWidget *parent)
    : EditDialogBase(client, std::move(trunkSid), parent)
    , m_grid(new QGridLayout)
    , m_addRow(new QToolButton(this)) {
    setObjectName(QStringLiteral("addDestinationsDialog"));
    setWindowTitle(tr("Add destinations to %1").arg(this->trunkSid().value()));
    setMinimumWidth(720);

    const QStringList headers = {tr("Transport"), tr("Host or FQDN"), tr("Port"), tr("Result")};
    for (int i = 0; i < headers.size(); ++i) {
        auto *header = new QLabel(QStringLiteral("<b>%1</b>").arg(headers.at(i)), this);
        m_grid->addWidget(header, 0, i);
    }
    m_grid->setColumnStretch(HostCol, 3);
    m_grid->setColumnStretch(ResultCol, 2);
    contentLayout()->addLayout(m_grid);

    m_addRow->setObjectName(QStringLiteral("addRowButton"));
    m_addRow->setText(tr("Add &row"));
    m_addRow->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_addRow->setToolTip(tr("Add another destination"));
    connect(m_addRow, &QToolButton::clicked, this, [this] {
        const int row = addRow();
        m_rows.at(row).host->setFocus();
    });
    contentLayout()->addWidget(m_addRow, 0, Qt::AlignLeft);
    addNote(tr("Inbound calls are sent to these SIP URIs. An IP address must be allowed on the "
               "trunk first (Allow IP); a host name (FQDN) needs no allow-list entry. TLS "
               "usually uses port 5061, TCP and UDP 5060."),
            QStringLiteral("destinationsNote"));
    submitButton()->setText(tr("&Add destinations"));
    cancelButton()->setText(tr("Close"));

    addRow();
}

int AddDestinationsDialog::addRow() {
    const int index = int(m_rows.size());
    const int gridRow = 2 * index + 1;
    Row row;
    row.transport = new QComboBox(this);
    ui::nameComboByField(row.transport);
    row.transport->setObjectName(rowName("transportCombo", index));
    row.transport->addItem(tr("TLS"), int(Transport::Tls));
    row.transport->addItem(tr("TCP"), int(Transport::Tcp));
    row.transport->addItem(tr("UDP"), int(Transport::Udp));
    row.transport->setAccessibleName(tr("Transport, row %1").arg(index + 1));
    row.transport->setToolTip(tr("TLS encrypts the signalling; TCP and UDP do not"));
    row.host = new QLineEdit(this);
    row.host->setObjectName(rowName("hostEdit", index));
    row.host->setPlaceholderText(tr("sip.example.com or 203.0.113.10"));
    row.host->setAccessibleName(tr("Host or FQDN, row %1").arg(index + 1));
    row.port = new ui::NumberField(1, 65535, this);
    row.port->setObjectName(rowName("portSpin", index));
    row.port->setValue(defaultPortFor(Transport::Tls));
    row.port->setAccessibleName(tr("Port, row %1").arg(index + 1));
    row.port->setToolTip(tr("TLS usually uses 5061, TCP and UDP 5060"));
    row.validation = new QLabel(this);
    row.validation->setObjectName(rowName("rowValidation", index));
    row.validation->setWordWrap(true);
    row.validation->hide();
    row.result = new QLabel(this);
    row.result->setObjectName(rowName("rowResult", index));
    row.result->setTextFormat(Qt::PlainText); // the server's reason for a refused destination
    row.result->setWordWrap(true);
    row.allowAndRetry = new QToolButton(this);
    row.allowAndRetry->setObjectName(rowName("allowAndRetryButton", index));
    row.allowAndRetry->setText(tr("Allow this IP and retry"));
    row.allowAndRetry->hide();
    row.remove = new QToolButton(this);
    row.remove->setObjectName(rowName("removeRowButton", index));
    row.remove->setText(QStringLiteral("✕"));
    row.remove->setToolTip(tr("Remove this row"));
    row.remove->setAccessibleName(tr("Remove row %1").arg(index + 1));

    m_grid->addWidget(row.transport, gridRow, TransportCol);
    m_grid->addWidget(row.host, gridRow, HostCol);
    m_grid->addWidget(row.port, gridRow, PortCol);
    m_grid->addWidget(row.result, gridRow, ResultCol);
    m_grid->addWidget(row.allowAndRetry, gridRow, ActionCol);
    m_grid->addWidget(row.remove, gridRow, RemoveCol);
    m_grid->addWidget(row.validation, gridRow + 1, HostCol, 1, 3);
    // Rows are made after the buttons: Tab goes along each row, then to "Add row", then to the
    // dialog's buttons, as they are laid out.
    if (!m_rows.isEmpty())
        setTabOrder(m_rows.last().remove, row.transport);
    setTabOrder(row.transport, row.host);
    setTabOrder(row.host, row.port);
    setTabOrder(row.port, row.allowAndRetry);
    setTabOrder(row.allowAndRetry, row.remove);
    setTabOrder(row.remove, m_addRow);
    setTabOrder(m_addRow, submitButton());
    setTabOrder(submitButton(), cancelButton());
    m_rows.append(row);

    // Follow the transport's usual port unless the user chose another one.
    connect(row.transport, &QComboBox::currentIndexChanged, this, [this, index] {
        Row &r = m_rows[index];
        const Transport t = Transport(r.transport->currentData().toInt());
        const int port = r.port->value();
        if (port == defaultPortFor(Transport::Tls) || port == defaultPortFor(Transport::Tcp) ||
            port == defaultPortFor(Transport::Udp))
            r.port->setValue(defaultPortFor(t));
        validateInput();
    });
    connect(row.host, &QLineEdit::textChanged, this, &AddDestinationsDialog::validateInput);
    connect(row.port, &QSpinBox::valueChanged, this, &AddDestinationsDialog::validateInput);
    connect(row.remove, &QToolButton::clicked, this, [this, index] {
        Row &r = m_rows[index];
        r.removed = true;
        for (QWidget *w :
             {static_cast<QWidget *>(r.transport), static_cast<QWidget *>(r.host),
              static_cast<QWidget *>(r.port), static_cast<QWidget *>(r.validation),
              static_cast<QWidget *>(r.result), static_cast<QWidget *>(r.allowAndRetry),
              static_cast<QWidget *>(r.remove)})
            w->hide();
        validateInput();
    });
    connect(row.allowAndRetry, &QToolButton::clicked, this,
            [this, index] { allowAndRetry(index); });
    validateInput();
    return index;
}

NewDestination AddDestinationsDialog::destinationOf(int index) const {
    const Row &r = m_rows.at(index);
    NewDestination d;
    d.host = r.host->text();
    d.port = r.port->value();
    d.transport = Transport(r.transport->currentData().toInt());
    return d;
}

Validity AddDestinationsDialog::validityOf(int index) const {
    const NewDestination d = destinationOf(index);
    if (d.host.isEmpty())
        return Validity::error(tr("Enter a host name or an IPv4 address."));
    const Validity v = validate::destination(d);
    if (!v.isAcceptable())
        return v;
    if (validate::isIpv4Literal(d.host) && v.isOk())
        return Validity::warning(
            tr("an IP destination is refused unless %1 is allowed on the trunk.").arg(d.host));
    return v;
}

void AddDestinationsDialog::validateInput() {
    int pending = 0;
    bool allValid = true;
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &r = m_rows.at(i);
        if (r.removed || r.state == RowState::Added || r.state == RowState::Sending)
            continue;
        const bool empty = r.host->text().isEmpty();
        const Validity v = empty ? Validity::ok() : validityOf(i);
        showValidity(r.validation, v);
        if (empty)
            continue; // blank rows are ignored
        ++pending;
        allValid = allValid && v.isAcceptable();
    }
    setInputValid(pending > 0 && allValid);
}

void AddDestinationsDialog::setInputsEnabled(bool enabled) {
    m_addRow->setEnabled(enabled);
    for (const Row &r : std::as_const(m_rows)) {
        const bool editable = enabled && r.state != RowState::Added && r.state != RowState::Sending;
        r.transport->setEnabled(editable);
        r.host->setEnabled(editable);
        r.port->setEnabled(editable);
        r.remove->setEnabled(editable);
        r.allowAndRetry->setEnabled(enabled);
    }
}

void AddDestinationsDialog::setRowState(int index, RowState state, const QString &text) {
    Row &r = m_rows[index];
    r.state = state;
    switch (state) {
    case RowState::Editing:
        r.result->clear();
        break;
    case RowState::Sending:
        ui::setToneText(r.result, std::nullopt);
        r.result->setText(tr("Sending…"));
        break;
    case RowState::Added:
        ui::setToneText(r.result, ui::Tone::Success);
        r.result->setText(tr("✓ Added"));
        break;
    case RowState::Failed:
        ui::setToneText(r.result, ui::Tone::Danger);
        r.result->setText(tr("✗ Failed: %1").arg(text));
        break;
    }
    if (state != RowState::Failed)
        r.allowAndRetry->hide();
    const bool editable = state != RowState::Added && state != RowState::Sending;
    r.transport->setEnabled(editable);
    r.host->setEnabled(editable);
    r.port->setEnabled(editable);
    r.remove->setEnabled(editable);
    if (!editable)
        r.validation->hide();
}

void AddDestinationsDialog::submit() {
    QList<int> rows;
    QList<NewDestination> destinations;
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &r = m_rows.at(i);
        if (r.removed || r.state == RowState::Added || r.state == RowState::Sending ||
            r.host->text().isEmpty())
            continue;
        if (!validityOf(i).isAcceptable())
            return; // validated before anything is sent
        rows.append(i);
        destinations.append(destinationOf(i));
    }
    if (destinations.isEmpty())
        return;
    for (int i : rows)
        setRowState(i, RowState::Sending);
    qCInfo(lcEditing) << "adding" << destinations.size() << "destination(s) to trunk"
                      << trunkSid().value();
    track(client()->addDestinationUris(
              trunkSid(), destinations, this,
              [this, rows](const ApiResult<QList<ItemOutcome<DestinationUri>>> &result) {
                  applyOutcomes(rows, result);
              }),
          tr("Adding %n destination(s)…", nullptr, int(destinations.size())));
}

void AddDestinationsDialog::applyOutcomes(
    const QList<int> &sentRows, const ApiResult<QList<ItemOutcome<DestinationUri>>> &result) {
    if (!result.isOk()) {
        for (int i : sentRows)
            setRowState(i, RowState::Failed, reasonOf(result.error()));
        showError(result.error());
        for (int i : sentRows) {
            if (isNotWhitelisted(result.error()) &&
                validate::isIpv4Literal(m_rows.at(i).host->text()))
                m_rows.at(i).allowAndRetry->show();
        }
        validateInput();
        return;
    }
    const QList<ItemOutcome<DestinationUri>> &outcomes = result.value();
    QList<bool> used(outcomes.size(), false);
    QList<DestinationUri> added;
    for (int k = 0; k < sentRows.size(); ++k) {
        const int i = sentRows.at(k);
        const QString asked = destinationOf(i).toUriString();
        // Outcomes name what was asked; fall back to the order of the request.
        int match = -1;
        for (int o = 0; o < outcomes.size() && match < 0; ++o) {
            if (!used.at(o) && !outcomes.at(o).input.isEmpty() &&
                (outcomes.at(o).input == asked ||
                 outcomes.at(o).input == QLatin1String("sip:") + asked))
                match = o;
        }
        if (match < 0 && k < outcomes.size() && !used.at(k))
            match = k;
        if (match < 0) {
            setRowState(i, RowState::Failed, tr("the answer did not mention this destination"));
            continue;
        }
        used[match] = true;
        const ItemOutcome<DestinationUri> &outcome = outcomes.at(match);
        if (outcome.isOk()) {
            setRowState(i, RowState::Added);
            added.append(*outcome.value);
        } else {
            setRowState(i, RowState::Failed, reasonOf(outcome.error));
            m_rows.at(i).result->setToolTip(outcome.error.technicalDetails());
            if (isNotWhitelisted(outcome.error) &&
                validate::isIpv4Literal(m_rows.at(i).host->text()))
                m_rows.at(i).allowAndRetry->show();
        }
    }
    qCInfo(lcEditing) << added.size() << "of" << sentRows.size() << "destination(s) added";
    if (!added.isEmpty()) {
        emit destinationsAdded(added);
    }
    validateInput();
}

void AddDestinationsDialog::allowAndRetry(int index) {
    const QString ip = m_rows.at(index).host->text();
    if (!validate::isIpv4Literal(ip) || !validate::ipv4(ip).isAcceptable())
        return;
    NewWhitelistedIp acl;
    acl.ip = ip;
    acl.mask = 32;
    setRowState(index, RowState::Sending);
    m_rows.at(index).result->setText(tr("Allowing %1…").arg(ip));
    qCInfo(lcEditing) << "allowing" << ip << "/32 for a destination on trunk" << trunkSid().value();
    track(client()->whitelistIp(
              trunkSid(), acl, this,
              [this, index](const ApiResult<WhitelistedIp> &result) {
                  // Already allowed is what we wanted.
                  if (!result.isOk() && result.error().kind != ApiError::Kind::Duplicate) {
                      setRowState(index, RowState::Failed, reasonOf(result.error()));
                      showError(result.error());
                      validateInput();
                      return;
                  }
                  if (result.isOk())
                      emit ipAllowed(result.value());
                  resend(index);
              }),
          tr("Allowing %1…").arg(ip));
}

void AddDestinationsDialog::resend(int index) {
    setRowState(index, RowState::Sending);
    track(client()->addDestinationUris(
              trunkSid(), {destinationOf(index)}, this,
              [this, index](const ApiResult<QList<ItemOutcome<DestinationUri>>> &result) {
                  applyOutcomes({index}, result);
              }),
          tr("Retrying %1…").arg(destinationOf(index).toUriString()));
}

} // namespace exotrunk
