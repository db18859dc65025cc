#include "createtrunk/createtrunkdialog.h"
#include "common/accessiblecombobox.h"
#include "common/numberfield.h"

#include "wizard/provisioningprogresswidget.h"
#include "wizard/trunkwizardpages.h"
#include "workflows/provisioningengine.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QShowEvent>
#include <QSpinBox>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace exotrunk {

namespace {

// A removed row lives until the event loop deletes it; its names must not shadow the
// renumbered rows in the meantime.
void retire(QWidget *container) {
    container->hide();
    container->setObjectName(QString());
    for (QObject *child : container->findChildren<QObject *>())
        child->setObjectName(QString());
    container->deleteLater();
}

QLabel *messageLabel(const QString &objectName, QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText); // validation words or the server's error description
    label->setWordWrap(true);
    label->hide();
    return label;
}

QLabel *hintLabel(const QString &text, QWidget *parent) {
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QString numbered(const char *name, int row) {
    return QLatin1String(name) + QLatin1Char('_') + QString::number(row + 1);
}

} // namespace

CreateTrunkDialog::CreateTrunkDialog(ExotelClient *client, ProvisioningJournal *journal,
                                     const ProvisioningContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_engine(new ProvisioningEngine(client, journal, this)) {
    setObjectName(QStringLiteral("createTrunkDialog"));
    setWindowTitle(tr("Create Trunk"));
    setAccessibleName(windowTitle());
    setMinimumWidth(620);
    // The form scrolls inside the dialog so that, with many rows and the progress table, the
    // dialog still fits a 1280×720 screen with its buttons in view.
    auto *outer = new QVBoxLayout(this);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("createTrunkScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget(m_scroll);
    content->setObjectName(QStringLiteral("createTrunkContent"));
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    m_scroll->setWidget(content);
    outer->addWidget(m_scroll, 1);

    // --- Trunk Details
    auto *details = new QGroupBox(tr("Trunk Details"), this);
    details->setObjectName(QStringLiteral("trunkDetailsGroup"));
    auto *detailsForm = new QFormLayout(details);
    m_name = new QLineEdit(details);
    m_name->setObjectName(QStringLiteral("trunkNameEdit"));
    m_name->setAccessibleName(tr("Trunk name"));
    m_name->setPlaceholderText(tr("up to 16 letters, digits or _"));
    detailsForm->addRow(tr("Trunk &Name *"), m_name);
    m_nameMessage = messageLabel(QStringLiteral("trunkNameMessage"), details);
    detailsForm->addRow(QString(), m_nameMessage);
    m_number = new QLineEdit(details);
    m_number->setObjectName(QStringLiteral("exophoneEdit"));
    m_number->setAccessibleName(tr("Exophone"));
    m_number->setPlaceholderText(QStringLiteral("+918047123456"));
    auto *completer = new QCompleter(m_context.knownNumbers, m_number);
    completer->setObjectName(QStringLiteral("exophoneCompleter"));
    completer->setFilterMode(Qt::MatchContains);
    m_number->setCompleter(completer);
    detailsForm->addRow(tr("&Exophone *"), m_number);
    m_numberMessage = messageLabel(QStringLiteral("exophoneMessage"), details);
    detailsForm->addRow(QString(), m_numberMessage);
    if (!m_context.knownNumbers.isEmpty()) {
        QLabel *hint = hintLabel(tr("Numbers already on this account's trunks are suggested as "
                                    "you type."),
                                 details);
        hint->setObjectName(QStringLiteral("exophoneHint"));
        detailsForm->addRow(QString(), hint);
    }
    m_alias = new QLineEdit(details);
    m_alias->setObjectName(QStringLiteral("aliasEdit"));
    m_alias->setAccessibleName(tr("Alias (caller ID)"));
    m_alias->setPlaceholderText(tr("optional caller ID, E.164"));
    detailsForm->addRow(tr("&Alias"), m_alias);
    m_aliasMessage = messageLabel(QStringLiteral("aliasMessage"), details);
    detailsForm->addRow(QString(), m_aliasMessage);
    layout->addWidget(details);

    const QFontMetrics fm = fontMetrics();
    const int removeWidth = fm.horizontalAdvance(tr("Remove")) + 24;
    const int maskWidth = qMax(fm.horizontalAdvance(tr("Subnet Mask")) + 12, 90);
    const int transportWidth = qMax(fm.horizontalAdvance(tr("Transport")) + 12, 90);
    const int portWidth = qMax(fm.horizontalAdvance(tr("Port")) + 12, 90);
    auto header = [removeWidth](QWidget *group,
                                const QList<std::pair<QString, int>> &columns) -> QWidget * {
        auto *row = new QWidget(group);
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        for (const auto &[text, width] : columns) {
            auto *label = new QLabel(text, row);
            QFont bold = label->font();
            bold.setBold(true);
            label->setFont(bold);
            if (width > 0)
                label->setFixedWidth(width);
            h->addWidget(label, width > 0 ? 0 : 1);
        }
        h->addSpacing(removeWidth + h->spacing());
        return row;
    };

    // --- Whitelist IPs
    auto *whitelist = new QGroupBox(tr("Whitelist IPs"), this);
    whitelist->setObjectName(QStringLiteral("whitelistGroup"));
    auto *whitelistLayout = new QVBoxLayout(whitelist);
    whitelistLayout->addWidget(hintLabel(tr("The public IPs of your PBX or SIP side that may "
                                            "place calls through this trunk. Optional when "
                                            "you use only destination URIs."),
                                         whitelist));
    m_ipHeader = header(whitelist, {{tr("IP Address"), 0}, {tr("Subnet Mask"), maskWidth}});
    whitelistLayout->addWidget(m_ipHeader);
    m_ipRowsLayout = new QVBoxLayout;
    m_ipRowsLayout->setSpacing(4);
    whitelistLayout->addLayout(m_ipRowsLayout);
    m_addIp =
        new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add &IP"), whitelist);
    m_addIp->setObjectName(QStringLiteral("addIpButton"));
    m_addIp->setAccessibleName(tr("Add a whitelist IP row"));
    m_addIp->setAccessibleDescription(tr("Adds an empty IP address row below the others"));
    auto *addIpRow = new QHBoxLayout;
    addIpRow->addWidget(m_addIp);
    addIpRow->addStretch(1);
    whitelistLayout->addLayout(addIpRow);
    layout->addWidget(whitelist);

    // --- Destination URIs
    auto *destinations = new QGroupBox(tr("Destination URIs"), this);
    destinations->setObjectName(QStringLiteral("destinationGroup"));
    auto *destinationLayout = new QVBoxLayout(destinations);
    destinationLayout->addWidget(
        hintLabel(tr("Where Exotel sends calls for this trunk. Exotel's reference asks for one on "
                     "every trunk."),
                  destinations));
    m_destinationHeader = header(destinations, {{tr("Transport"), transportWidth},
                                                {tr("Destination IP/FQDN"), 0},
                                                {tr("Port"), portWidth}});
    destinationLayout->addWidget(m_destinationHeader);
    m_destinationRowsLayout = new QVBoxLayout;
    m_destinationRowsLayout->setSpacing(4);
    destinationLayout->addLayout(m_destinationRowsLayout);
    m_addDestination = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")),
                                       tr("Add &destination"), destinations);
    m_addDestination->setObjectName(QStringLiteral("addDestinationButton"));
    m_addDestination->setAccessibleName(tr("Add a destination URI row"));
    m_addDestination->setAccessibleDescription(
        tr("Adds an empty destination row below the others"));
    auto *addDestinationLine = new QHBoxLayout;
    addDestinationLine->addWidget(m_addDestination);
    addDestinationLine->addStretch(1);
    destinationLayout->addLayout(addDestinationLine);
    layout->addWidget(destinations);

    m_formMessage = messageLabel(QStringLiteral("formMessage"), this);
    layout->addWidget(m_formMessage);
    m_progress = new ProvisioningProgressWidget(this);
    m_progress->setEngine(m_engine);
    m_progress->hide();
    layout->addWidget(m_progress, 1);

    // Cancel, then Create at the far right, as on the dashboard.
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setAccessibleDescription(tr("Closes the form; nothing is created"));
    m_create = new QPushButton(tr("Create Exotrunk"), this);
    m_create->setObjectName(QStringLiteral("createButton"));
    m_create->setAccessibleDescription(
        tr("Creates the trunk and adds its number, IPs and destinations; enabled when the whole "
           "form is valid"));
    m_create->setDefault(true);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_create);
    outer->addLayout(buttons);

    // Stored with the row widgets so each new row gets the same column widths.
    setProperty("maskWidth", maskWidth);
    setProperty("transportWidth", transportWidth);
    setProperty("portWidth", portWidth);
    setProperty("removeWidth", removeWidth);

    for (QLineEdit *e : {m_name, m_number, m_alias})
        connect(e, &QLineEdit::textChanged, this, &CreateTrunkDialog::validateForm);
    connect(m_addIp, &QPushButton::clicked, this, [this] {
        addWhitelistRow();
        m_ipRows.last().ip->setFocus(Qt::OtherFocusReason);
    });
    connect(m_addDestination, &QPushButton::clicked, this, [this] {
        addDestinationRow();
        m_destinationRows.last().host->setFocus(Qt::OtherFocusReason);
    });
    connect(m_create, &QPushButton::clicked, this, &CreateTrunkDialog::create);
    connect(m_cancel, &QPushButton::clicked, this, &CreateTrunkDialog::reject);
    connect(m_engine, &ProvisioningEngine::stateChanged, this,
            &CreateTrunkDialog::engineStateChanged);
    connect(m_engine, &ProvisioningEngine::trunkCreated, this, &CreateTrunkDialog::trunkCreated);

    // One empty row of each, as the dashboard opens.
    addWhitelistRow();
    addDestinationRow();
    validateForm();
}

void CreateTrunkDialog::addWhitelistRow(const QString &ip, int mask) {
    WhitelistRow row;
    row.container = new QWidget(this);
    auto *v = new QVBoxLayout(row.container);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    auto *h = new QHBoxLayout;
    row.ip = new QLineEdit(ip, row.container);
    row.ip->setPlaceholderText(QStringLiteral("203.0.113.10"));
    row.mask = new ui::NumberField(16, 32, row.container);
    row.mask->setValue(mask);
    row.mask->setFixedWidth(property("maskWidth").toInt());
    row.remove = new QToolButton(row.container);
    row.remove->setText(tr("Remove"));
    row.remove->setFixedWidth(property("removeWidth").toInt());
    h->addWidget(row.ip, 1);
    h->addWidget(row.mask);
    h->addWidget(row.remove);
    v->addLayout(h);
    row.message = messageLabel(QString(), row.container);
    v->addWidget(row.message);
    m_ipRowsLayout->addWidget(row.container);
    row.container->show(); // at once, not on the layout's next pass: it is validated below

    connect(row.ip, &QLineEdit::textChanged, this, &CreateTrunkDialog::validateForm);
    connect(row.mask, &QSpinBox::valueChanged, this, &CreateTrunkDialog::validateForm);
    QWidget *container = row.container;
    connect(row.remove, &QToolButton::clicked, this, [this, container] {
        for (int i = 0; i < m_ipRows.size(); ++i) {
            if (m_ipRows[i].container == container)
                return removeWhitelistRow(i);
        }
    });
    m_ipRows << row;
    renumberRows();
    validateForm();
}

void CreateTrunkDialog::addDestinationRow() {
    DestinationRow row;
    row.container = new QWidget(this);
    auto *v = new QVBoxLayout(row.container);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    auto *h = new QHBoxLayout;
    row.transport = new QComboBox(row.container);
    ui::nameComboByField(row.transport);
    row.transport->addItem(QStringLiteral("TLS"), static_cast<int>(Transport::Tls));
    row.transport->addItem(QStringLiteral("TCP"), static_cast<int>(Transport::Tcp));
    row.transport->setFixedWidth(property("transportWidth").toInt());
    row.host = new QLineEdit(row.container);
    row.host->setPlaceholderText(tr("IP address or FQDN, e.g. sip.example.com"));
    row.port = new ui::NumberField(1, 65535, row.container);
    row.port->setValue(defaultPortFor(Transport::Tls));
    row.port->setFixedWidth(property("portWidth").toInt());
    row.remove = new QToolButton(row.container);
    row.remove->setText(tr("Remove"));
    row.remove->setFixedWidth(property("removeWidth").toInt());
    h->addWidget(row.transport);
    h->addWidget(row.host, 1);
    h->addWidget(row.port);
    h->addWidget(row.remove);
    v->addLayout(h);
    row.message = messageLabel(QString(), row.container);
    v->addWidget(row.message);
    auto *offerRow = new QHBoxLayout;
    row.offer = messageLabel(QString(), row.container);
    row.addToWhitelist = new QPushButton(tr("Add to whitelist"), row.container);
    row.addToWhitelist->hide();
    offerRow->addWidget(row.offer, 1);
    offerRow->addWidget(row.addToWhitelist, 0, Qt::AlignTop);
    v->addLayout(offerRow);
    m_destinationRowsLayout->addWidget(row.container);
    row.container->show();

    QComboBox *transport = row.transport;
    QSpinBox *port = row.port;
    connect(row.transport, &QComboBox::currentIndexChanged, this, [this, transport, port] {
        // Follow the transport's usual port unless the user chose another one.
        const int value = port->value();
        if (value == 5060 || value == 5061 || value == 0) {
            const QSignalBlocker block(port);
            port->setValue(
                defaultPortFor(static_cast<Transport>(transport->currentData().toInt())));
        }
        validateForm();
    });
    connect(row.host, &QLineEdit::textChanged, this, &CreateTrunkDialog::validateForm);
    connect(row.port, &QSpinBox::valueChanged, this, &CreateTrunkDialog::validateForm);
    QLineEdit *host = row.host;
    connect(row.addToWhitelist, &QPushButton::clicked, this,
            [this, host] { offerWhitelist(host->text().trimmed()); });
    QWidget *container = row.container;
    connect(row.remove, &QToolButton::clicked, this, [this, container] {
        for (int i = 0; i < m_destinationRows.size(); ++i) {
            if (m_destinationRows[i].container == container)
                return removeDestinationRow(i);
        }
    });
    m_destinationRows << row;
    renumberRows();
    validateForm();
}

void CreateTrunkDialog::removeWhitelistRow(int index) {
    if (index < 0 || index >= m_ipRows.size() || m_started)
        return;
    // The row's own Remove button is the sender: let it return first.
    retire(m_ipRows.takeAt(index).container);
    renumberRows();
    validateForm();
    m_addIp->setFocus(Qt::OtherFocusReason);
}

void CreateTrunkDialog::removeDestinationRow(int index) {
    if (index < 0 || index >= m_destinationRows.size() || m_started)
        return;
    retire(m_destinationRows.takeAt(index).container);
    renumberRows();
    validateForm();
    m_addDestination->setFocus(Qt::OtherFocusReason);
}

void CreateTrunkDialog::renumberRows() {
    for (int i = 0; i < m_ipRows.size(); ++i) {
        const WhitelistRow &r = m_ipRows[i];
        const int n = i + 1;
        r.container->setObjectName(numbered("whitelistRow", i));
        r.ip->setObjectName(numbered("whitelistIpEdit", i));
        r.ip->setAccessibleName(tr("IP address %1").arg(n));
        r.mask->setObjectName(numbered("whitelistMaskSpin", i));
        r.mask->setAccessibleName(tr("Subnet mask %1").arg(n));
        r.mask->setAccessibleDescription(tr("32 for a single address"));
        r.remove->setObjectName(numbered("whitelistRemoveButton", i));
        r.remove->setAccessibleName(tr("Remove IP address %1").arg(n));
        r.remove->setToolTip(tr("Remove this IP address"));
        r.message->setObjectName(numbered("whitelistIpMessage", i));
    }
    for (int i = 0; i < m_destinationRows.size(); ++i) {
        const DestinationRow &r = m_destinationRows[i];
        const int n = i + 1;
        r.container->setObjectName(numbered("destinationRow", i));
        r.transport->setObjectName(numbered("destinationTransportCombo", i));
        r.transport->setAccessibleName(tr("Transport protocol %1").arg(n));
        r.transport->setAccessibleDescription(tr("TLS uses port 5061 by default, TCP 5060"));
        r.host->setObjectName(numbered("destinationHostEdit", i));
        r.host->setAccessibleName(tr("Destination IP or FQDN %1").arg(n));
        r.port->setObjectName(numbered("destinationPortSpin", i));
        r.port->setAccessibleName(tr("Destination port %1").arg(n));
        r.port->setAccessibleDescription(tr("The SIP port of the destination"));
        r.remove->setObjectName(numbered("destinationRemoveButton", i));
        r.remove->setAccessibleName(tr("Remove destination %1").arg(n));
        r.remove->setToolTip(tr("Remove this destination URI"));
        r.message->setObjectName(numbered("destinationMessage", i));
        r.offer->setObjectName(numbered("destinationWhitelistOffer", i));
        r.addToWhitelist->setObjectName(numbered("addToWhitelistButton", i));
        r.addToWhitelist->setToolTip(tr("Adds this IP to the whitelist with mask 32"));
        r.addToWhitelist->setAccessibleName(
            tr("Add the IP of destination %1 to the whitelist").arg(n));
    }
    m_ipHeader->setVisible(!m_ipRows.isEmpty());
    m_destinationHeader->setVisible(!m_destinationRows.isEmpty());
    updateTabOrder();
}

// Rows are created after the buttons, so the chain is set by hand to follow the screen.
void CreateTrunkDialog::updateTabOrder() {
    QList<QWidget *> chain{m_name, m_number, m_alias};
    for (const WhitelistRow &r : std::as_const(m_ipRows))
        chain << r.ip << r.mask << r.remove;
    chain << m_addIp;
    for (const DestinationRow &r : std::as_const(m_destinationRows))
        chain << r.transport << r.host << r.port << r.remove << r.addToWhitelist;
    chain << m_addDestination << m_progress->list();
    for (const char *name : {"retryFailedButton", "keepAsIsButton", "rollBackButton"}) {
        if (auto *button = m_progress->findChild<QPushButton *>(QLatin1String(name)))
            chain << button;
    }
    chain << m_cancel << m_create;
    for (int i = 1; i < chain.size(); ++i)
        setTabOrder(chain[i - 1], chain[i]);
}

void CreateTrunkDialog::offerWhitelist(const QString &ip) {
    for (const WhitelistRow &r : std::as_const(m_ipRows)) {
        if (r.ip->text().trimmed().isEmpty()) {
            r.ip->setText(ip);
            r.mask->setValue(32);
            return;
        }
    }
    addWhitelistRow(ip, 32);
}

NewDestination CreateTrunkDialog::destinationOf(const DestinationRow &row) const {
    NewDestination d;
    d.host = row.host->text().trimmed();
    d.port = row.port->value();
    d.transport = static_cast<Transport>(row.transport->currentData().toInt());
    return d;
}

ProvisioningRequest CreateTrunkDialog::request() const {
    ProvisioningRequest r;
    r.trunkName = m_name->text();
    r.number = m_number->text();
    r.alias = m_alias->text();
    for (const WhitelistRow &row : m_ipRows) {
        const QString ip = row.ip->text().trimmed();
        if (ip.isEmpty())
            continue;
        const NewWhitelistedIp entry{ip, row.mask->value()};
        if (!r.whitelist)
            r.whitelist = entry;
        else
            r.extraWhitelist << entry;
    }
    for (const DestinationRow &row : m_destinationRows) {
        if (!row.host->text().trimmed().isEmpty())
            r.destinations << destinationOf(row);
    }
    if (r.whitelist && !r.destinations.isEmpty())
        r.useCase = UseCase::BothDirections;
    else if (!r.destinations.isEmpty())
        r.useCase = UseCase::InboundPstn;
    else
        r.useCase = UseCase::OutboundPstn;
    r.numberMode = NumberMode::Pstn;
    return r;
}

Validity CreateTrunkDialog::nameVerdict() const {
    const QString name = m_name->text();
    if (name.isEmpty())
        return Validity::ok();
    const Validity v = validate::trunkName(name);
    if (!v.isAcceptable())
        return v;
    for (const QString &existing : m_context.existingTrunkNames) {
        if (existing.compare(name, Qt::CaseInsensitive) == 0)
            return Validity::error(
                tr("A trunk named %1 already exists on this account.").arg(existing));
    }
    return v;
}

Validity CreateTrunkDialog::whitelistRowVerdict(int index) const {
    const WhitelistRow &row = m_ipRows[index];
    const QString ip = row.ip->text().trimmed();
    if (ip.isEmpty())
        return Validity::ok();
    const Validity address = validate::ipv4(ip);
    if (!address.isAcceptable())
        return address;
    for (int i = 0; i < index; ++i) {
        if (m_ipRows[i].ip->text().trimmed() == ip &&
            m_ipRows[i].mask->value() == row.mask->value())
            return Validity::error(
                tr("%1/%2 is already in row %3.").arg(ip).arg(row.mask->value()).arg(i + 1));
    }
    const Validity mask = validate::mask(row.mask->value());
    if (!mask.isAcceptable() || !mask.isOk())
        return mask;
    return address;
}

Validity CreateTrunkDialog::destinationRowVerdict(int index) const {
    const DestinationRow &row = m_destinationRows[index];
    if (row.host->text().trimmed().isEmpty())
        return Validity::ok();
    const NewDestination d = destinationOf(row);
    const Validity v = validate::destination(d);
    if (!v.isAcceptable())
        return v;
    for (int i = 0; i < index; ++i) {
        const NewDestination other = destinationOf(m_destinationRows[i]);
        if (other.toUriString().compare(d.toUriString(), Qt::CaseInsensitive) == 0)
            return Validity::error(tr("The same destination is already in row %1.").arg(i + 1));
    }
    return v;
}

bool CreateTrunkDialog::isFormValid() const {
    if (m_name->text().isEmpty() || !nameVerdict().isAcceptable())
        return false;
    for (int i = 0; i < m_ipRows.size(); ++i) {
        if (!whitelistRowVerdict(i).isAcceptable())
            return false;
    }
    for (int i = 0; i < m_destinationRows.size(); ++i) {
        if (!destinationRowVerdict(i).isAcceptable())
            return false;
    }
    const ProvisioningRequest r = request();
    if (!r.whitelist && r.destinations.isEmpty())
        return false;
    return r.isValid();
}

void CreateTrunkDialog::validateForm() {
    const ProvisioningRequest r = request();
    auto fieldVerdict = [&r](const QString &text, const char *field) {
        return text.isEmpty() ? Validity::ok() : r.issueFor(QLatin1String(field));
    };
    showValidity(m_nameMessage, nameVerdict());
    showValidity(m_numberMessage, fieldVerdict(m_number->text(), "number"));
    showValidity(m_aliasMessage, fieldVerdict(m_alias->text(), "alias"));
    for (int i = 0; i < m_ipRows.size(); ++i)
        showValidity(m_ipRows[i].message, whitelistRowVerdict(i));

    // Cross-field: Exotel refuses an IP destination that is not whitelisted.
    const QStringList unlisted = r.destinationIpsNeedingWhitelist();
    for (int i = 0; i < m_destinationRows.size(); ++i) {
        DestinationRow &row = m_destinationRows[i];
        const Validity v = destinationRowVerdict(i);
        showValidity(row.message, v);
        const QString host = row.host->text().trimmed();
        const bool offer = v.isAcceptable() && unlisted.contains(host);
        if (offer)
            showValidity(row.offer,
                         Validity::warning(tr("%1 is not in the whitelist, and Exotel refuses an "
                                              "IP destination that is not. Add it? (Otherwise "
                                              "Create adds it as %1/32 first.)")
                                               .arg(host)));
        else
            showValidity(row.offer, Validity::ok());
        row.addToWhitelist->setVisible(offer);
    }

    const bool anyInput = !m_name->text().isEmpty() || !m_number->text().isEmpty();
    if (!r.whitelist && r.destinations.isEmpty() && anyInput)
        showValidity(m_formMessage,
                     Validity::error(tr("Add a whitelist IP (outbound) or a destination URI "
                                        "(inbound), or both.")));
    else if (r.destinations.isEmpty() && anyInput)
        showValidity(m_formMessage, Validity::warning(destinationAdvice(r.useCase)));
    else
        showValidity(m_formMessage, Validity::ok());
    m_create->setEnabled(!m_started && isFormValid());
    fitHeight();
}

// Grows the dialog to show the whole form (a top-level window ignores the height wrapped
// messages need for its width), but never past the screen: beyond that the form scrolls.
void CreateTrunkDialog::fitHeight() {
    QLayout *form = m_scroll->widget()->layout();
    if (!form || !layout())
        return;
    const int formHeight = form->totalHeightForWidth(m_scroll->viewport()->width());
    if (formHeight <= 0)
        return;
    const int chrome = height() - m_scroll->height();
    const int wanted = formHeight + chrome;
    // Room for the window frame and a panel; the dialog itself must stay on the screen.
    const int available = screen() ? screen()->availableGeometry().height() - 48 : wanted;
    const int target = qMin(wanted, available);
    setMinimumHeight(qMin(target, 360));
    if (height() < target)
        resize(width(), target);
    else if (height() > available)
        resize(width(), available);
}

void CreateTrunkDialog::showEvent(QShowEvent *event) {
    QDialog::showEvent(event);
    fitHeight();
}

void CreateTrunkDialog::create() {
    if (m_started || !isFormValid())
        return;
    m_started = true;
    for (QWidget *w : findChildren<QGroupBox *>())
        w->setEnabled(false);
    m_create->setEnabled(false);
    m_progress->show();
    fitHeight();
    const ProvisioningPlan plan =
        ProvisioningPlan::build(request(), m_context.accountSid, m_context.profileId);
    m_engine->start(plan);
}

void CreateTrunkDialog::engineStateChanged() {
    using S = ProvisioningEngine::State;
    const S s = m_engine->state();
    const bool over = s == S::Finished || s == S::Kept || s == S::RolledBack;
    m_cancel->setText(over ? tr("Close") : tr("Cancel"));
    if (s == S::Finished) {
        m_create->hide();
        emit provisioningFinished(m_engine->plan().trunkSid);
    }
}

void CreateTrunkDialog::reject() {
    using S = ProvisioningEngine::State;
    const S s = m_engine->state();
    if (s == S::Finished) {
        accept();
        return;
    }
    if (s == S::Running || s == S::NeedsDecision) {
        const auto answer = QMessageBox::question(
            this, tr("Close the form?"),
            tr("The trunk is not finished. If you close now, it stays as it is and its details "
               "page offers “Finish setup”. Close anyway?"));
        if (answer != QMessageBox::Yes)
            return;
        m_engine->abandon();
    }
    QDialog::reject();
}

} // namespace exotrunk
