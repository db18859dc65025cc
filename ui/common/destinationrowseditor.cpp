#include "common/destinationrowseditor.h"
#include "common/accessiblecombobox.h"
#include "common/numberfield.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>

namespace exotrunk::ui {

namespace {

int columnWidth(const QWidget *w, const QString &title) {
    return qMax(w->fontMetrics().horizontalAdvance(title) + 12, 90);
}

bool isDefaultPort(int port) {
    return port == defaultPortFor(Transport::Tls) || port == defaultPortFor(Transport::Tcp) ||
           port == defaultPortFor(Transport::Udp);
}

} // namespace

DestinationRowsEditor::DestinationRowsEditor(Mode mode, const QString &actionText,
                                             const QString &actionToolTip, QWidget *parent)
    : RowsEditor(mode,
                 Names{"addDestinationButton", tr("Add &destination"),
                       tr("Add a destination URI row"), "destinationRow", "destinationRemoveButton",
                       tr("Remove this destination URI"), tr("Remove destination %1"),
                       "destinationMessage", "destinationNote", "destinationActionButton",
                       actionText, actionToolTip},
                 parent) {
    setObjectName(QStringLiteral("destinationRowsEditor"));
    addButton()->setAccessibleDescription(tr("Adds an empty destination row below the others"));
    setColumns({{tr("&Transport"), columnWidth(this, tr("Transport"))},
                {tr("&Host (IP or FQDN)"), 0},
                {tr("&Port"), columnWidth(this, tr("Port"))}});
    connect(addButton(), &QPushButton::clicked, this, [this] {
        const int index = addRow();
        m_fields.at(index).host->setFocus(Qt::OtherFocusReason);
    });
}

int DestinationRowsEditor::addRow(const NewDestination &destination) {
    QWidget *row = newContainer();
    Fields f;
    f.transport = new QComboBox(row);
    nameComboByField(f.transport);
    f.transport->addItem(tr("TLS"), int(Transport::Tls));
    f.transport->addItem(tr("TCP"), int(Transport::Tcp));
    f.transport->addItem(tr("UDP"), int(Transport::Udp));
    f.transport->setToolTip(tr("TLS (recommended) encrypts the signalling; TCP and UDP do not. "
                               "UDP is sent as a bare host:port."));
    f.transport->setAccessibleDescription(tr("TLS uses port 5061 by default, TCP and UDP 5060"));
    f.host = new QLineEdit(row);
    f.host->setPlaceholderText(tr("IP address or FQDN, e.g. sip.example.com"));
    f.port = new NumberField(1, 65535, row);
    f.port->setAccessibleDescription(tr("The SIP port of the destination"));
    f.port->setToolTip(tr("TLS usually uses 5061, TCP and UDP 5060"));
    m_fields.append(f);
    setDestination(int(m_fields.size()) - 1, destination);

    connect(f.transport, &QComboBox::currentIndexChanged, this, [this, f] {
        // Follow the transport's usual port unless the user chose another one.
        if (isDefaultPort(f.port->value())) {
            const QSignalBlocker block(f.port);
            f.port->setValue(defaultPortFor(Transport(f.transport->currentData().toInt())));
        }
        refresh();
    });
    connect(f.host, &QLineEdit::textChanged, this, &DestinationRowsEditor::refresh);
    connect(f.port, &QSpinBox::valueChanged, this, &DestinationRowsEditor::refresh);
    return appendRow(row, {f.transport, f.host, f.port});
}

void DestinationRowsEditor::setDestination(int index, const NewDestination &destination) {
    const Fields &f = m_fields.at(index);
    const QSignalBlocker blockTransport(f.transport);
    const QSignalBlocker blockHost(f.host);
    const QSignalBlocker blockPort(f.port);
    f.transport->setCurrentIndex(f.transport->findData(int(destination.transport)));
    f.host->setText(destination.host);
    f.port->setValue(destination.port);
    if (index < rowCount())
        refresh();
}

NewDestination DestinationRowsEditor::destination(int index) const {
    const Fields &f = m_fields.at(index);
    NewDestination d;
    d.host = f.host->text().trimmed();
    d.port = f.port->value();
    d.transport = Transport(f.transport->currentData().toInt());
    return d;
}

bool DestinationRowsEditor::isRowEmpty(int index) const {
    return m_fields.at(index).host->text().trimmed().isEmpty();
}

QList<NewDestination> DestinationRowsEditor::destinations() const {
    QList<NewDestination> list;
    for (int i = 0; i < m_fields.size(); ++i) {
        if (!isRowEmpty(i))
            list << destination(i);
    }
    return list;
}

Validity DestinationRowsEditor::rowVerdict(int index) const {
    if (isRowEmpty(index))
        return Validity::ok();
    const NewDestination d = destination(index);
    const Validity v = validate::destination(d);
    if (!v.isAcceptable())
        return v;
    for (int i = 0; i < index; ++i) {
        if (!isRowEmpty(i) &&
            destination(i).toUriString().compare(d.toUriString(), Qt::CaseInsensitive) == 0)
            return Validity::error(tr("The same destination is already in row %1.").arg(i + 1));
    }
    return v;
}

void DestinationRowsEditor::nameFields(int index) {
    const Fields &f = m_fields.at(index);
    const bool many = mode() == Mode::ManyRows;
    const int n = index + 1;
    f.transport->setObjectName(rowName("destinationTransportCombo", index));
    f.transport->setAccessibleName(many ? tr("Transport, destination %1").arg(n) : tr("Transport"));
    f.host->setObjectName(rowName("destinationHostEdit", index));
    f.host->setAccessibleName(many ? tr("Destination IP or FQDN %1").arg(n)
                                   : tr("Destination IP or FQDN"));
    f.port->setObjectName(rowName("destinationPortSpin", index));
    f.port->setAccessibleName(many ? tr("Destination port %1").arg(n) : tr("Destination port"));
}

void DestinationRowsEditor::forgetRow(int index) {
    m_fields.removeAt(index);
}

} // namespace exotrunk::ui
