#include "wizard/trunkwizardpages.h"
#include "common/accessiblecombobox.h"
#include "common/destinationrowseditor.h"
#include "common/iprowseditor.h"
#include "common/validitylabel.h"

#include "editing/secretclipboard.h"

#include "workflows/trunkwizardcontroller.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace exotrunk {

using ui::hintLabel;
using ui::showValidity;

namespace {

QLabel *messageLabel(const char *objectName, QWidget *parent) {
    return ui::messageLabel(QLatin1String(objectName), parent);
}

Validity worst(const QList<Validity> &list) {
    Validity result = Validity::ok();
    for (const Validity &v : list) {
        if (!v.isAcceptable())
            return v;
        if (result.isOk() && !v.isOk())
            result = v;
    }
    return result;
}

} // namespace

// ---------------------------------------------------------------- 1. use case

UseCaseWizardPage::UseCaseWizardPage(TrunkWizardController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller) {
    setTitle(tr("What is this trunk for?"));
    setSubTitle(tr("The use case decides the number mode, the authentication and whether "
                   "calls come in to a destination URI."));
    auto *layout = new QVBoxLayout(this);
    m_group = new QButtonGroup(this);
    struct Choice {
        UseCase useCase;
        const char *objectName;
    };
    const Choice choices[] = {
        {UseCase::OutboundPstn, "useCaseOutboundRadio"},
        {UseCase::InboundPstn, "useCaseInboundRadio"},
        {UseCase::BothDirections, "useCaseBothRadio"},
        {UseCase::VoiceAiOutbound, "useCaseVoiceAiOutboundRadio"},
        {UseCase::VoiceAiInbound, "useCaseVoiceAiInboundRadio"},
    };
    for (const Choice &c : choices) {
        auto *radio = new QRadioButton(useCaseTitle(c.useCase), this);
        radio->setObjectName(QLatin1String(c.objectName));
        radio->setAccessibleDescription(useCaseDescription(c.useCase));
        m_group->addButton(radio, static_cast<int>(c.useCase));
        layout->addWidget(radio);
        auto *description = hintLabel(useCaseDescription(c.useCase), this);
        description->setContentsMargins(24, 0, 0, 6);
        layout->addWidget(description);
    }

    auto *presetBox = new QGroupBox(tr("Voice AI provider"), this);
    auto *presetLayout = new QVBoxLayout(presetBox);
    m_provider = new QComboBox(presetBox);
    ui::nameComboByField(m_provider);
    m_provider->setObjectName(QStringLiteral("providerCombo"));
    m_provider->setAccessibleName(tr("Voice AI provider"));
    m_provider->setAccessibleDescription(
        tr("Fills in the provider's SIP host, port and transport; confirm them with the provider"));
    for (const VoiceAiPreset &p : voiceAiPresets())
        m_provider->addItem(p.displayName, static_cast<int>(p.provider));
    presetLayout->addWidget(m_provider);
    m_presetNote = new QLabel(presetBox);
    m_presetNote->setObjectName(QStringLiteral("presetNoteLabel"));
    m_presetNote->setWordWrap(true);
    presetLayout->addWidget(m_presetNote);
    layout->addWidget(presetBox);
    layout->addStretch(1);

    connect(m_group, &QButtonGroup::idClicked, this, [this](int id) {
        m_controller->setUseCase(static_cast<UseCase>(id));
        sync();
    });
    connect(m_provider, &QComboBox::currentIndexChanged, this, [this] {
        if (isVoiceAi(m_controller->request().useCase))
            m_controller->applyPreset(
                static_cast<VoiceAiProvider>(m_provider->currentData().toInt()));
        sync();
    });
}

void UseCaseWizardPage::initializePage() {
    sync();
}

void UseCaseWizardPage::sync() {
    const ProvisioningRequest &r = m_controller->request();
    if (QAbstractButton *b = m_group->button(static_cast<int>(r.useCase)))
        b->setChecked(true);
    const bool voiceAi = isVoiceAi(r.useCase);
    m_provider->parentWidget()->setEnabled(voiceAi);
    if (voiceAi) {
        const int index = m_provider->findData(static_cast<int>(r.provider));
        if (index >= 0 && index != m_provider->currentIndex()) {
            const QSignalBlocker block(m_provider);
            m_provider->setCurrentIndex(index);
        }
        const VoiceAiPreset p = voiceAiPreset(r.provider);
        const QString host = p.hostNeedsInput ? p.hostPlaceholder : p.host;
        m_presetNote->setText(tr("Destination %1:%2 over %3, SIP digest credentials.")
                                  .arg(host)
                                  .arg(p.port)
                                  .arg(transportToWire(p.transport).toUpper()) +
                              QLatin1Char('\n') + p.note);
    } else {
        m_presetNote->setText(tr("Only for the Voice AI use cases."));
    }
}

bool UseCaseWizardPage::validatePage() {
    m_controller->setUseCase(static_cast<UseCase>(m_group->checkedId()));
    return true;
}

// ---------------------------------------------------------------- 2. trunk

TrunkDetailsWizardPage::TrunkDetailsWizardPage(TrunkWizardController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller) {
    setTitle(tr("Trunk"));
    setSubTitle(tr("A name you will recognise in the trunk list, and an optional caller ID."));
    auto *form = new QFormLayout(this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("trunkNameEdit"));
    m_name->setPlaceholderText(tr("e.g. acme_pbx (letters, digits, _; up to 16)"));
    form->addRow(tr("Trunk na&me:"), m_name);
    m_nameMessage = messageLabel("trunkNameMessage", this);
    form->addRow(QString(), m_nameMessage);
    m_alias = new QLineEdit(this);
    m_alias->setObjectName(QStringLiteral("aliasEdit"));
    m_alias->setPlaceholderText(tr("optional, E.164, e.g. +918047123456"));
    form->addRow(tr("Caller-ID &alias:"), m_alias);
    m_aliasMessage = messageLabel("aliasMessage", this);
    form->addRow(QString(), m_aliasMessage);
    m_domain = new QLineEdit(this);
    m_domain->setObjectName(QStringLiteral("domainEdit"));
    m_domain->setAccessibleName(tr("SIP domain"));
    m_domain->setAccessibleDescription(tr("Set by Exotel from the account SID; read only"));
    m_domain->setReadOnly(true);
    form->addRow(tr("SIP domain:"), m_domain);
    form->addRow(QString(), hintLabel(tr("Set by Exotel from your account SID."), this));
    connect(m_name, &QLineEdit::textChanged, this, &TrunkDetailsWizardPage::check);
    connect(m_alias, &QLineEdit::textChanged, this, &TrunkDetailsWizardPage::check);
}

void TrunkDetailsWizardPage::initializePage() {
    m_domain->setText(m_controller->domainName());
    m_name->setText(m_controller->request().trunkName);
    m_alias->setText(m_controller->request().alias);
    check();
}

void TrunkDetailsWizardPage::check() {
    m_controller->request().trunkName = m_name->text();
    m_controller->request().alias = m_alias->text();
    showValidity(m_nameMessage, m_name->text().isEmpty()
                                    ? Validity::ok()
                                    : m_controller->checkTrunkName(m_name->text()));
    showValidity(m_aliasMessage,
                 m_alias->text().isEmpty() ? Validity::ok() : validate::e164(m_alias->text()));
    emit completeChanged();
}

bool TrunkDetailsWizardPage::isComplete() const {
    return m_controller->checkTrunkName(m_name->text()).isAcceptable() &&
           (m_alias->text().isEmpty() || validate::e164(m_alias->text()).isAcceptable());
}

bool TrunkDetailsWizardPage::validatePage() {
    check();
    return isComplete();
}

// ---------------------------------------------------------------- 3. number

NumberWizardPage::NumberWizardPage(TrunkWizardController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller) {
    setTitle(tr("Number"));
    setSubTitle(tr("The Exophone (DID) this trunk uses, in E.164 form."));
    auto *form = new QFormLayout(this);
    m_number = new QLineEdit(this);
    m_number->setObjectName(QStringLiteral("exophoneEdit"));
    m_number->setPlaceholderText(QStringLiteral("+918047123456"));
    auto *completer = new QCompleter(m_controller->context().knownNumbers, m_number);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_number->setCompleter(completer);
    form->addRow(tr("&Exophone:"), m_number);
    m_numberMessage = messageLabel("exophoneMessage", this);
    form->addRow(QString(), m_numberMessage);
    form->addRow(QString(), hintLabel(tr("The API cannot list your Exophones: type the number "
                                         "(numbers already on this account's trunks are "
                                         "suggested)."),
                                      this));
    m_mode = new QLabel(this);
    m_mode->setObjectName(QStringLiteral("modeValueLabel"));
    form->addRow(tr("Mode:"), m_mode);
    m_modeReason = new QLabel(this);
    m_modeReason->setObjectName(QStringLiteral("modeReasonLabel"));
    m_modeReason->setWordWrap(true);
    form->addRow(QString(), m_modeReason);
    connect(m_number, &QLineEdit::textChanged, this, &NumberWizardPage::check);
}

void NumberWizardPage::initializePage() {
    const ProvisioningRequest &r = m_controller->request();
    m_number->setText(r.number);
    m_mode->setText(QStringLiteral("<b>%1</b>").arg(numberModeToWire(r.numberMode)));
    m_modeReason->setText(numberModeReason(r.useCase));
    check();
}

void NumberWizardPage::check() {
    m_controller->request().number = m_number->text();
    showValidity(m_numberMessage,
                 m_number->text().isEmpty() ? Validity::ok() : validate::e164(m_number->text()));
    emit completeChanged();
}

bool NumberWizardPage::isComplete() const {
    return !m_number->text().isEmpty() && validate::e164(m_number->text()).isAcceptable();
}

bool NumberWizardPage::validatePage() {
    check();
    return isComplete();
}

// ---------------------------------------------------------------- 4. authentication

AuthWizardPage::AuthWizardPage(TrunkWizardController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller) {
    setTitle(tr("Authentication"));
    setSubTitle(tr("How Exotel recognises calls from your side: a whitelisted IP, SIP digest "
                   "credentials, or both."));
    auto *layout = new QVBoxLayout(this);

    auto *ipBox = new QGroupBox(this);
    auto *ipForm = new QFormLayout(ipBox);
    m_useWhitelist = new QCheckBox(tr("&Whitelist a static IP address"), ipBox);
    m_useWhitelist->setObjectName(QStringLiteral("whitelistCheck"));
    m_useWhitelist->setAccessibleDescription(
        tr("Lets calls from one static public IP through this trunk"));
    ipForm->addRow(m_useWhitelist);
    m_ips = new ui::IpRowsEditor(ui::RowsEditor::Mode::SingleRow, ipBox);
    m_ips->addRow();
    ipForm->addRow(m_ips);
    layout->addWidget(ipBox);

    auto *credBox = new QGroupBox(this);
    auto *credForm = new QFormLayout(credBox);
    m_useCredential = new QCheckBox(tr("Use SIP &digest credentials"), credBox);
    m_useCredential->setObjectName(QStringLiteral("credentialCheck"));
    m_useCredential->setAccessibleDescription(
        tr("Creates a SIP user name and password that your side uses to authenticate"));
    credForm->addRow(m_useCredential);
    m_userName = new QLineEdit(credBox);
    m_userName->setObjectName(QStringLiteral("userNameEdit"));
    m_userName->setAccessibleDescription(
        tr("The SIP digest user name, the same on your side or the Voice AI platform"));
    credForm->addRow(tr("&User name:"), m_userName);
    m_friendlyName = new QLineEdit(credBox);
    m_friendlyName->setObjectName(QStringLiteral("friendlyNameEdit"));
    m_friendlyName->setPlaceholderText(tr("optional, e.g. elevenlabs-prod"));
    credForm->addRow(tr("&Friendly name:"), m_friendlyName);
    auto *pwRow = new QHBoxLayout;
    m_password = new QLineEdit(credBox);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setAccessibleName(tr("SIP password"));
    m_password->setAccessibleDescription(
        tr("A strong password; shown once, never stored by the console"));
    m_password->setEchoMode(QLineEdit::Password);
    m_generate = new QPushButton(tr("&Generate"), credBox);
    m_generate->setObjectName(QStringLiteral("generatePasswordButton"));
    m_generate->setAccessibleDescription(tr("Replaces the password with a new strong one"));
    m_copy = new QPushButton(tr("&Copy"), credBox);
    m_copy->setObjectName(QStringLiteral("copyPasswordButton"));
    m_copy->setToolTip(tr("Copy the password to the clipboard for the provider's settings."));
    pwRow->addWidget(m_password, 1);
    pwRow->addWidget(m_generate);
    pwRow->addWidget(m_copy);
    auto *passwordLabel = new QLabel(tr("&Password:"), credBox);
    passwordLabel->setBuddy(m_password);
    credForm->addRow(passwordLabel, pwRow);
    m_credentialMessage = messageLabel("credentialMessage", credBox);
    credForm->addRow(QString(), m_credentialMessage);
    layout->addWidget(credBox);

    m_warnings = messageLabel("authWarningsLabel", this);
    layout->addWidget(m_warnings);
    layout->addStretch(1);

    for (QLineEdit *e : {m_userName, m_friendlyName, m_password})
        connect(e, &QLineEdit::textChanged, this, &AuthWizardPage::apply);
    connect(m_ips, &ui::RowsEditor::changed, this, &AuthWizardPage::apply);
    connect(m_useWhitelist, &QCheckBox::toggled, this, &AuthWizardPage::apply);
    connect(m_useCredential, &QCheckBox::toggled, this, &AuthWizardPage::apply);
    connect(m_generate, &QPushButton::clicked, this,
            [this] { m_password->setText(generatePassword()); });
    connect(m_copy, &QPushButton::clicked, this,
            [this] { SecretClipboard::instance()->copy(m_password->text()); });
}

void AuthWizardPage::initializePage() {
    m_initialising = true;
    const ProvisioningRequest &r = m_controller->request();
    const UseCase u = r.useCase;
    // The defaults the guides recommend; a previous visit's choices win.
    const bool firstVisit = m_userName->text().isEmpty();
    if (firstVisit) {
        m_useCredential->setChecked(r.credential.has_value() || isVoiceAi(u));
        m_useWhitelist->setChecked(r.whitelist.has_value() ||
                                   (!isVoiceAi(u) && needsOutboundAuth(u)));
        QString user = r.trunkName + QStringLiteral("_sip");
        if (!user.isEmpty() && !user.at(0).isLetterOrNumber())
            user.prepend(QLatin1Char('u'));
        m_userName->setText(user.left(32));
        m_friendlyName->setText(r.provider != VoiceAiProvider::None ? voiceAiPreset(r.provider).key
                                                                    : QStringLiteral("pbx"));
        m_password->setText(generatePassword());
    } else if (isVoiceAi(u)) {
        m_useCredential->setChecked(true);
    }
    m_initialising = false;
    apply();
}

void AuthWizardPage::apply() {
    if (m_initialising)
        return;
    ProvisioningRequest &r = m_controller->request();
    const bool ip = m_useWhitelist->isChecked();
    const bool cred = m_useCredential->isChecked();
    m_ips->setInputsEnabled(ip);
    for (QWidget *w : {static_cast<QWidget *>(m_userName), static_cast<QWidget *>(m_friendlyName),
                       static_cast<QWidget *>(m_password), static_cast<QWidget *>(m_generate),
                       static_cast<QWidget *>(m_copy)})
        w->setEnabled(cred);
    if (ip)
        r.whitelist = m_ips->entry(0);
    else
        r.whitelist.reset();
    if (cred)
        r.credential =
            NewCredential{m_userName->text(), m_password->text(), m_friendlyName->text()};
    else
        r.credential.reset();

    m_ips->setRowValidity(
        0, ip ? worst({r.issueFor(QStringLiteral("whitelist")), r.issueFor(QStringLiteral("mask"))})
              : Validity::ok());
    showValidity(m_credentialMessage, cred ? worst({r.issueFor(QStringLiteral("userName")),
                                                    r.issueFor(QStringLiteral("friendlyName")),
                                                    r.issueFor(QStringLiteral("password"))})
                                           : Validity::ok());
    showValidity(m_warnings, r.issueFor(QStringLiteral("auth")));
    emit completeChanged();
}

bool AuthWizardPage::isComplete() const {
    const ProvisioningRequest &r = m_controller->request();
    for (const char *field :
         {"auth", "whitelist", "mask", "userName", "friendlyName", "password"}) {
        if (!r.issueFor(QLatin1String(field)).isAcceptable())
            return false;
    }
    return !r.credential || !r.credential->password.isEmpty();
}

bool AuthWizardPage::validatePage() {
    apply();
    return isComplete();
}

// ---------------------------------------------------------------- 5. destination

DestinationWizardPage::DestinationWizardPage(TrunkWizardController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller) {
    setTitle(tr("Destination"));
    setSubTitle(tr("Where Exotel sends calls for this trunk."));
    auto *form = new QFormLayout(this);
    m_include = new QCheckBox(tr("Add a &destination URI to this trunk"), this);
    m_include->setObjectName(QStringLiteral("includeDestinationCheck"));
    m_include->setAccessibleDescription(
        tr("Where Exotel sends calls for this trunk; optional for outbound-only use cases"));
    m_include->setChecked(true);
    form->addRow(m_include);
    m_advice = new QLabel(this);
    m_advice->setObjectName(QStringLiteral("destinationAdviceLabel"));
    m_advice->setWordWrap(true);
    form->addRow(m_advice);
    m_destinations =
        new ui::DestinationRowsEditor(ui::RowsEditor::Mode::SingleRow, QString(), QString(), this);
    m_destinations->addRow();
    form->addRow(m_destinations);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("autoWhitelistNote"));
    m_note->setWordWrap(true);
    form->addRow(QString(), m_note);

    connect(m_destinations, &ui::RowsEditor::changed, this, &DestinationWizardPage::apply);
    connect(m_include, &QCheckBox::toggled, this, &DestinationWizardPage::apply);
}

bool DestinationWizardPage::includesDestination() const {
    return needsDestination(m_controller->request().useCase) || m_include->isChecked();
}

void DestinationWizardPage::initializePage() {
    m_initialising = true;
    const ProvisioningRequest &r = m_controller->request();
    const bool optional = !needsDestination(r.useCase);
    m_include->setVisible(optional);
    m_advice->setVisible(optional);
    m_advice->setText(destinationAdvice(r.useCase));
    // An unticked box keeps what was typed, for when it is ticked again.
    if (!r.destinations.isEmpty() || !optional || m_include->isChecked()) {
        m_destinations->setDestination(0, r.destinations.isEmpty() ? NewDestination{}
                                                                   : r.destinations.first());
    }
    if (r.provider != VoiceAiProvider::None) {
        const VoiceAiPreset p = voiceAiPreset(r.provider);
        if (p.hostNeedsInput)
            m_destinations->hostEdit(0)->setPlaceholderText(p.hostPlaceholder);
    }
    m_initialising = false;
    apply();
}

void DestinationWizardPage::apply() {
    if (m_initialising)
        return;
    ProvisioningRequest &r = m_controller->request();
    const bool include = includesDestination();
    m_destinations->setInputsEnabled(include);
    if (!include) {
        r.destinations.clear();
        m_destinations->setRowValidity(0, r.issueFor(QStringLiteral("destinations")));
        m_note->clear();
        emit completeChanged();
        return;
    }
    const NewDestination d = m_destinations->destination(0);
    r.destinations = {d};
    QString note;
    if (validate::isIpv4Literal(d.host)) {
        const bool covered = !r.destinationIpsNeedingWhitelist().contains(d.host);
        note = covered ? tr("%1 is already covered by the whitelist.").arg(d.host)
                       : tr("An IP destination must be whitelisted first: %1/32 will be added "
                            "to the whitelist automatically, before the destination.")
                             .arg(d.host);
    } else {
        note = tr("An FQDN destination needs no whitelist entry.");
    }
    m_note->setText(note);
    emit completeChanged();
}

bool DestinationWizardPage::isComplete() const {
    if (!includesDestination())
        return true;
    return !m_destinations->isRowEmpty(0) && m_destinations->rowVerdict(0).isAcceptable();
}

bool DestinationWizardPage::validatePage() {
    apply();
    return isComplete();
}

} // namespace exotrunk
