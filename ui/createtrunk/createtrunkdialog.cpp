#include "createtrunk/createtrunkdialog.h"

#include "wizard/provisioningprogresswidget.h"
#include "wizard/trunkwizardpages.h"
#include "workflows/provisioningengine.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace exotrunk {

namespace {

QLabel *messageLabel(const char *objectName, QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->hide();
    return label;
}

} // namespace

CreateTrunkDialog::CreateTrunkDialog(ExotelClient *client, ProvisioningJournal *journal,
                                     const ProvisioningContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_engine(new ProvisioningEngine(client, journal, this)) {
    setObjectName(QStringLiteral("createTrunkDialog"));
    setWindowTitle(tr("Create Trunk"));
    setMinimumWidth(560);
    auto *layout = new QVBoxLayout(this);

    auto *details = new QGroupBox(tr("Trunk Details"), this);
    auto *detailsForm = new QFormLayout(details);
    m_name = new QLineEdit(details);
    m_name->setObjectName(QStringLiteral("trunkNameEdit"));
    m_name->setPlaceholderText(tr("up to 16 letters, digits or _"));
    detailsForm->addRow(tr("Trunk &Name *"), m_name);
    m_nameMessage = messageLabel("trunkNameMessage", details);
    detailsForm->addRow(QString(), m_nameMessage);
    m_number = new QLineEdit(details);
    m_number->setObjectName(QStringLiteral("exophoneEdit"));
    m_number->setPlaceholderText(QStringLiteral("+918047123456"));
    auto *completer = new QCompleter(m_context.knownNumbers, m_number);
    completer->setObjectName(QStringLiteral("exophoneCompleter"));
    m_number->setCompleter(completer);
    detailsForm->addRow(tr("&Exophone *"), m_number);
    m_numberMessage = messageLabel("exophoneMessage", details);
    detailsForm->addRow(QString(), m_numberMessage);
    m_alias = new QLineEdit(details);
    m_alias->setObjectName(QStringLiteral("aliasEdit"));
    m_alias->setPlaceholderText(tr("optional caller ID, E.164"));
    detailsForm->addRow(tr("&Alias"), m_alias);
    m_aliasMessage = messageLabel("aliasMessage", details);
    detailsForm->addRow(QString(), m_aliasMessage);
    layout->addWidget(details);

    auto *whitelist = new QGroupBox(tr("Whitelist IPs"), this);
    auto *whitelistForm = new QFormLayout(whitelist);
    m_ip = new QLineEdit(whitelist);
    m_ip->setObjectName(QStringLiteral("whitelistIpEdit"));
    m_ip->setPlaceholderText(QStringLiteral("203.0.113.10"));
    whitelistForm->addRow(tr("&IP Address"), m_ip);
    m_mask = new QSpinBox(whitelist);
    m_mask->setObjectName(QStringLiteral("whitelistMaskSpin"));
    m_mask->setRange(16, 32);
    m_mask->setValue(32);
    whitelistForm->addRow(tr("Subnet &Mask"), m_mask);
    m_ipMessage = messageLabel("whitelistIpMessage", whitelist);
    whitelistForm->addRow(QString(), m_ipMessage);
    layout->addWidget(whitelist);

    auto *destination = new QGroupBox(tr("Destination URIs"), this);
    auto *destinationForm = new QFormLayout(destination);
    m_transport = new QComboBox(destination);
    m_transport->setObjectName(QStringLiteral("destinationTransportCombo"));
    m_transport->addItem(QStringLiteral("TCP"), static_cast<int>(Transport::Tcp));
    m_transport->addItem(QStringLiteral("TLS"), static_cast<int>(Transport::Tls));
    m_transport->setCurrentIndex(1);
    destinationForm->addRow(tr("&Transport Protocol"), m_transport);
    m_host = new QLineEdit(destination);
    m_host->setObjectName(QStringLiteral("destinationHostEdit"));
    m_host->setPlaceholderText(tr("IP address or FQDN"));
    destinationForm->addRow(tr("Destination IP/&FQDN"), m_host);
    m_port = new QSpinBox(destination);
    m_port->setObjectName(QStringLiteral("destinationPortSpin"));
    m_port->setRange(0, 65535);
    m_port->setValue(defaultPortFor(Transport::Tls));
    destinationForm->addRow(tr("Destination &Port"), m_port);
    m_destinationMessage = messageLabel("destinationMessage", destination);
    destinationForm->addRow(QString(), m_destinationMessage);
    auto *crossRow = new QHBoxLayout;
    m_crossFieldLabel = messageLabel("crossFieldLabel", destination);
    m_addToWhitelist = new QPushButton(tr("Add to &whitelist"), destination);
    m_addToWhitelist->setObjectName(QStringLiteral("addToWhitelistButton"));
    m_addToWhitelist->hide();
    crossRow->addWidget(m_crossFieldLabel, 1);
    crossRow->addWidget(m_addToWhitelist);
    destinationForm->addRow(crossRow);
    layout->addWidget(destination);

    m_formMessage = messageLabel("formMessage", this);
    layout->addWidget(m_formMessage);
    m_progress = new ProvisioningProgressWidget(this);
    m_progress->setEngine(m_engine);
    m_progress->hide();
    layout->addWidget(m_progress, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_create = buttons->addButton(tr("Create Exotrunk"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createButton"));
    m_create->setDefault(true);
    layout->addWidget(buttons);

    for (QLineEdit *e : {m_name, m_number, m_alias, m_ip, m_host})
        connect(e, &QLineEdit::textChanged, this, &CreateTrunkDialog::validateForm);
    connect(m_mask, &QSpinBox::valueChanged, this, &CreateTrunkDialog::validateForm);
    connect(m_port, &QSpinBox::valueChanged, this, &CreateTrunkDialog::validateForm);
    connect(m_transport, &QComboBox::currentIndexChanged, this, [this] {
        const int port = m_port->value();
        if (port == 5060 || port == 5061 || port == 0)
            m_port->setValue(
                defaultPortFor(static_cast<Transport>(m_transport->currentData().toInt())));
        validateForm();
    });
    connect(m_addToWhitelist, &QPushButton::clicked, this, [this] {
        m_ip->setText(m_host->text());
        m_mask->setValue(32);
    });
    connect(m_create, &QPushButton::clicked, this, &CreateTrunkDialog::create);
    connect(m_cancel, &QPushButton::clicked, this, &CreateTrunkDialog::reject);
    connect(m_engine, &ProvisioningEngine::stateChanged, this,
            &CreateTrunkDialog::engineStateChanged);
    connect(m_engine, &ProvisioningEngine::trunkCreated, this, &CreateTrunkDialog::trunkCreated);
    validateForm();
}

ProvisioningRequest CreateTrunkDialog::request() const {
    ProvisioningRequest r;
    r.trunkName = m_name->text();
    r.number = m_number->text();
    r.alias = m_alias->text();
    if (!m_ip->text().isEmpty())
        r.whitelist = NewWhitelistedIp{m_ip->text(), m_mask->value()};
    if (!m_host->text().isEmpty()) {
        NewDestination d;
        d.host = m_host->text();
        d.port = m_port->value();
        d.transport = static_cast<Transport>(m_transport->currentData().toInt());
        r.destinations << d;
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

bool CreateTrunkDialog::isFormValid() const {
    const ProvisioningRequest r = request();
    if (!r.whitelist && r.destinations.isEmpty())
        return false;
    for (const QString &existing : m_context.existingTrunkNames) {
        if (existing.compare(r.trunkName, Qt::CaseInsensitive) == 0)
            return false;
    }
    return r.isValid();
}

void CreateTrunkDialog::validateForm() {
    const ProvisioningRequest r = request();
    auto fieldVerdict = [&r](const QString &text, const char *field) {
        return text.isEmpty() ? Validity::ok() : r.issueFor(QLatin1String(field));
    };
    Validity name = fieldVerdict(m_name->text(), "trunkName");
    for (const QString &existing : m_context.existingTrunkNames) {
        if (!m_name->text().isEmpty() && existing.compare(m_name->text(), Qt::CaseInsensitive) == 0)
            name = Validity::error(
                tr("A trunk named %1 already exists on this account.").arg(existing));
    }
    showValidity(m_nameMessage, name);
    showValidity(m_numberMessage, fieldVerdict(m_number->text(), "number"));
    showValidity(m_aliasMessage, fieldVerdict(m_alias->text(), "alias"));
    Validity ip = fieldVerdict(m_ip->text(), "whitelist");
    if (ip.isOk() && !m_ip->text().isEmpty())
        ip = r.issueFor(QStringLiteral("mask"));
    showValidity(m_ipMessage, ip);

    Validity destination = Validity::ok();
    if (!m_host->text().isEmpty())
        destination = validate::destination(r.destinations.first());
    showValidity(m_destinationMessage, destination);

    // Cross-field: Exotel refuses an IP destination that is not whitelisted.
    const QStringList unlisted = r.destinationIpsNeedingWhitelist();
    if (!unlisted.isEmpty() && destination.isAcceptable()) {
        const bool canFill = m_ip->text().isEmpty();
        showValidity(m_crossFieldLabel,
                     Validity::warning(canFill ? tr("%1 is not in the whitelist; Exotel refuses IP "
                                                    "destinations that are not. Add it?")
                                                     .arg(unlisted.first())
                                               : tr("%1 is not in the whitelist; it will be added "
                                                    "(/32) before the destination.")
                                                     .arg(unlisted.first())));
        m_addToWhitelist->setVisible(canFill);
    } else {
        showValidity(m_crossFieldLabel, Validity::ok());
        m_addToWhitelist->hide();
    }

    if (!r.whitelist && r.destinations.isEmpty() && !m_name->text().isEmpty())
        showValidity(m_formMessage,
                     Validity::error(tr("Add a whitelist IP (outbound) or a destination URI "
                                        "(inbound), or both.")));
    else
        showValidity(m_formMessage, Validity::ok());
    m_create->setEnabled(!m_started && isFormValid());
}

void CreateTrunkDialog::create() {
    if (m_started || !isFormValid())
        return;
    m_started = true;
    for (QWidget *w : findChildren<QGroupBox *>())
        w->setEnabled(false);
    m_create->setEnabled(false);
    m_progress->show();
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
