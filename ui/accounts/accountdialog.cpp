#include "accounts/accountdialog.h"

#include "accounts/accountmanager.h"
#include "accounts/cacertificatefield.h"
#include "accounts/tokenfield.h"
#include "common/accessiblecombobox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace exotrunk {

AccountDialog::AccountDialog(AccountManager *manager, ConnectionVerifier verifier, QWidget *parent)
    : QDialog(parent)
    , m_manager(manager)
    , m_verifier(std::move(verifier)) {
    setObjectName(QStringLiteral("accountDialog"));
    setWindowTitle(tr("Add an Exotel account"));

    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("accountNameEdit"));
    m_nameEdit->setPlaceholderText(tr("e.g. Acme production"));

    m_regionCombo = new QComboBox(this);
    ui::nameComboByField(m_regionCombo);
    m_regionCombo->setObjectName(QStringLiteral("regionCombo"));
    m_regionCombo->addItem(regionDisplayName(Region::Mumbai), int(Region::Mumbai));
    m_regionCombo->addItem(regionDisplayName(Region::Singapore), int(Region::Singapore));
    m_regionCombo->setToolTip(
        tr("The region the account was created in. A wrong region is refused as a bad token."));

    m_accountSidEdit = new QLineEdit(this);
    m_accountSidEdit->setObjectName(QStringLiteral("accountSidEdit"));
    m_accountSidEdit->setPlaceholderText(tr("From the API settings page of the Exotel dashboard"));
    m_apiKeyEdit = new QLineEdit(this);
    m_apiKeyEdit->setObjectName(QStringLiteral("apiKeyEdit"));
    m_apiKeyEdit->setToolTip(tr("The API key shown beside the token in the Exotel dashboard"));
    m_tokenField =
        new TokenField(QStringLiteral("apiTokenEdit"), QStringLiteral("revealTokenButton"), this);

    m_advancedToggle = new QToolButton(this);
    m_advancedToggle->setObjectName(QStringLiteral("advancedToggle"));
    m_advancedToggle->setText(tr("Advanced"));
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setArrowType(Qt::RightArrow);
    m_advancedToggle->setAutoRaise(true);
    m_advancedToggle->setToolTip(tr("Show or hide the server address and CA certificate settings"));

    m_advancedPanel = new QWidget(this);
    m_advancedPanel->setObjectName(QStringLiteral("advancedPanel"));
    m_customUrlEdit = new QLineEdit(m_advancedPanel);
    m_customUrlEdit->setObjectName(QStringLiteral("customUrlEdit"));
    m_customUrlEdit->setPlaceholderText(QStringLiteral("https://"));
    auto *advancedLayout = new QFormLayout(m_advancedPanel);
    advancedLayout->setContentsMargins(0, 0, 0, 0);
    auto *customHint =
        new QLabel(tr("An Exotel-compatible server instead of the region's, e.g. the sandbox. "
                      "Leave empty to use the region."),
                   m_advancedPanel);
    customHint->setWordWrap(true);
    advancedLayout->addRow(tr("Server &address:"), m_customUrlEdit);
    advancedLayout->addRow(customHint);
    m_caField = new CaCertificateField(m_advancedPanel);
    m_caField->setObjectName(QStringLiteral("caCertificateField"));
    advancedLayout->addRow(tr("Extra CA certi&ficate:"), m_caField);
    auto *caHint = new QLabel(tr("Only when your network inspects HTTPS traffic: the CA "
                                 "certificate your IT department gives out. Check its "
                                 "fingerprint with them before saving."),
                              m_advancedPanel);
    caHint->setWordWrap(true);
    advancedLayout->addRow(caHint);
    m_advancedPanel->setVisible(false);

    auto *form = new QFormLayout;
    form->addRow(tr("Profile &name:"), m_nameEdit);
    form->addRow(tr("&Region:"), m_regionCombo);
    form->addRow(tr("Account S&ID:"), m_accountSidEdit);
    form->addRow(tr("API &key:"), m_apiKeyEdit);
    form->addRow(tr("API t&oken:"), m_tokenField);

    m_validationLabel = new QLabel(this);
    m_validationLabel->setObjectName(QStringLiteral("validationMessageLabel"));
    m_validationLabel->setWordWrap(true);

    m_testButton = new QPushButton(tr("&Test connection"), this);
    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    m_testButton->setToolTip(tr("Check the key and token against Exotel without saving"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("connectionProgress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    m_progress->setVisible(false);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setTextFormat(Qt::PlainText); // may quote the server's error description
    m_statusLabel->setObjectName(QStringLiteral("connectionStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_progress, 1);

    m_keychainPanel = new QWidget(this);
    m_keychainPanel->setObjectName(QStringLiteral("keychainPanel"));
    m_keychainLabel = new QLabel(m_keychainPanel);
    m_keychainLabel->setTextFormat(Qt::PlainText);
    m_keychainLabel->setObjectName(QStringLiteral("keychainMessageLabel"));
    m_keychainLabel->setWordWrap(true);
    m_sessionOnlyButton = new QPushButton(tr("&Use for this session only"), m_keychainPanel);
    m_sessionOnlyButton->setObjectName(QStringLiteral("sessionOnlyButton"));
    m_sessionOnlyButton->setToolTip(
        tr("Keep the token in memory until the console quits; it is never written to disk."));
    auto *keychainLayout = new QVBoxLayout(m_keychainPanel);
    keychainLayout->setContentsMargins(0, 0, 0, 0);
    keychainLayout->addWidget(m_keychainLabel);
    keychainLayout->addWidget(m_sessionOnlyButton, 0, Qt::AlignLeft);
    m_keychainPanel->setVisible(false);

    m_buttons = new QDialogButtonBox(this);
    m_saveButton = m_buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("saveAccountButton"));
    m_saveButton->setDefault(true);
    m_cancelButton = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancelAccountButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_advancedToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_advancedPanel);
    layout->addWidget(m_validationLabel);
    layout->addLayout(testRow);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_keychainPanel);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_advancedToggle, &QToolButton::toggled, this, [this](bool open) {
        m_advancedPanel->setVisible(open);
        m_advancedToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
    for (QLineEdit *edit :
         {m_nameEdit, m_customUrlEdit, m_accountSidEdit, m_apiKeyEdit, m_tokenField->lineEdit()})
        connect(edit, &QLineEdit::textChanged, this, &AccountDialog::onFieldsEdited);
    connect(m_regionCombo, &QComboBox::currentIndexChanged, this, &AccountDialog::onFieldsEdited);
    connect(m_caField, &CaCertificateField::pathChanged, this, &AccountDialog::onFieldsEdited);
    connect(m_testButton, &QPushButton::clicked, this, &AccountDialog::testConnection);
    connect(m_saveButton, &QPushButton::clicked, this, [this] { save(false); });
    connect(m_sessionOnlyButton, &QPushButton::clicked, this, [this] { save(true); });
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    // A closing dialog stops its connection test (the verifier's client dies with the context).
    connect(this, &QDialog::finished, this, &AccountDialog::cancelTest);

    setMinimumWidth(480);
    updateState();
}

AccountDialog::~AccountDialog() = default;

void AccountDialog::setProfile(const AccountProfile &profile) {
    m_editedId = profile.id;
    m_editedSessionOnly = profile.sessionOnlyToken;
    setWindowTitle(tr("Edit account “%1”").arg(profile.displayName));
    m_nameEdit->setText(profile.displayName);
    if (profile.region == Region::Custom) {
        m_customUrlEdit->setText(profile.customBaseUrl.toString());
        m_advancedToggle->setChecked(true);
    } else {
        m_regionCombo->setCurrentIndex(m_regionCombo->findData(int(profile.region)));
        m_customUrlEdit->clear();
    }
    m_accountSidEdit->setText(profile.accountSid);
    m_apiKeyEdit->setText(profile.apiKey);
    m_caField->setPath(profile.caCertificateFile);
    if (!profile.caCertificateFile.isEmpty())
        m_advancedToggle->setChecked(true);
    m_tokenField->lineEdit()->clear();
    m_tokenField->lineEdit()->setPlaceholderText(
        profile.sessionOnlyToken ? tr("Enter the token again (it was kept for one session only)")
                                 : tr("Leave empty to keep the saved token"));
    showStatus({}, false);
    updateState();
}

AccountProfile AccountDialog::profileFromFields() const {
    AccountProfile p;
    p.id = m_editedId;
    p.displayName = m_nameEdit->text().trimmed();
    const QString custom = m_customUrlEdit->text().trimmed();
    if (!custom.isEmpty()) {
        p.region = Region::Custom;
        p.customBaseUrl = QUrl(custom, QUrl::StrictMode);
    } else {
        p.region = Region(m_regionCombo->currentData().toInt());
    }
    p.accountSid = m_accountSidEdit->text().trimmed();
    p.apiKey = m_apiKeyEdit->text().trimmed();
    p.caCertificateFile = m_caField->path();
    if (m_manager && isEditing()) {
        if (const auto existing = m_manager->profile(m_editedId)) {
            p.transient = existing->transient;
            p.sessionOnlyToken = existing->sessionOnlyToken;
        }
    }
    return p;
}

QString AccountDialog::validationProblem() const {
    const QString problem = profileFromFields().checkFields();
    if (!problem.isEmpty())
        return problem;
    const QString token = m_tokenField->text();
    if (token.isEmpty() && (!isEditing() || m_editedSessionOnly))
        return tr("Enter the API token.");
    if (token.trimmed() != token)
        return tr("The API token starts or ends with a space.");
    return {};
}

void AccountDialog::onFieldsEdited() {
    // A result for other values would mislead; the next test runs with what is typed now.
    if (m_testContext)
        cancelTest();
    if (!m_busy) {
        showStatus({}, false);
        m_keychainPanel->setVisible(false);
    }
    updateState();
}

void AccountDialog::updateState() {
    const bool custom = !m_customUrlEdit->text().trimmed().isEmpty();
    m_regionCombo->setEnabled(!custom && !m_busy);
    m_regionCombo->setToolTip(
        custom ? tr("The custom server address in Advanced is used instead of the region.")
               : tr("The region the account was created in. A wrong region is refused as a bad "
                    "token."));
    const QString problem = validationProblem();
    // Say what is missing only once the user started typing; an empty form is not an error.
    const bool touched = !m_nameEdit->text().isEmpty() || !m_accountSidEdit->text().isEmpty() ||
                         !m_apiKeyEdit->text().isEmpty() || !m_tokenField->text().isEmpty() ||
                         custom || !m_caField->path().isEmpty();
    m_validationLabel->setText(touched ? problem : QString());
    m_validationLabel->setVisible(touched && !problem.isEmpty());
    const bool testing = !m_testContext.isNull();
    m_testButton->setEnabled(problem.isEmpty() && !m_busy && !testing);
    m_saveButton->setEnabled(problem.isEmpty() && !m_busy);
    m_sessionOnlyButton->setEnabled(problem.isEmpty() && !m_busy);
    for (QWidget *w :
         {static_cast<QWidget *>(m_nameEdit), static_cast<QWidget *>(m_customUrlEdit),
          static_cast<QWidget *>(m_accountSidEdit), static_cast<QWidget *>(m_apiKeyEdit),
          static_cast<QWidget *>(m_tokenField), static_cast<QWidget *>(m_caField)})
        w->setEnabled(!m_busy);
}

void AccountDialog::showStatus(const QString &text, bool problem) {
    m_statusLabel->setText(text);
    m_statusLabel->setProperty("problem", problem);
    m_statusLabel->setVisible(!text.isEmpty());
}

void AccountDialog::setBusy(bool busy) {
    m_busy = busy;
    updateState();
}

void AccountDialog::testConnection() {
    if (!validationProblem().isEmpty() || !m_verifier)
        return;
    cancelTest();
    m_testContext = new QObject(this);
    m_progress->setVisible(true);
    showStatus(tr("Testing the connection…"), false);
    updateState();
    const AccountProfile profile = profileFromFields();
    const QString token = m_tokenField->text();
    if (!token.isEmpty() || !isEditing()) {
        runVerifier(profile.toClientConfig(token));
        return;
    }
    // Editing with the token field left empty: test with the saved token.
    QPointer<QObject> context = m_testContext;
    m_manager->tokenFor(m_editedId, context, [this, context, profile](const SecretResult &read) {
        if (context != m_testContext)
            return;
        if (!read.isOk()) {
            finishTest();
            showStatus(read.message, true);
            return;
        }
        runVerifier(profile.toClientConfig(read.value));
    });
}

void AccountDialog::runVerifier(const ClientConfig &config) {
    QPointer<QObject> context = m_testContext;
    m_verifier(config, context, [this, context](const ApiError &error) {
        if (!context || context != m_testContext)
            return;
        finishTest();
        if (error.isError())
            showStatus(error.userMessage(), true);
        else
            showStatus(tr("Connected: Exotel accepted these credentials."), false);
    });
}

// Called from inside the verifier's callback: the context (and whatever the verifier hung
// on it) must outlive that call, so it goes at the next turn of the event loop.
void AccountDialog::finishTest() {
    if (m_testContext) {
        m_testContext->deleteLater();
        m_testContext = nullptr;
    }
    m_progress->setVisible(m_busy);
    updateState();
}

void AccountDialog::cancelTest() {
    if (m_testContext) {
        delete m_testContext.data();
        m_testContext = nullptr;
    }
    m_progress->setVisible(m_busy);
    updateState();
}

void AccountDialog::save(bool sessionOnly) {
    if (!validationProblem().isEmpty() || !m_manager || m_busy)
        return;
    cancelTest();
    AccountProfile profile = profileFromFields();
    if (!isEditing()) {
        if (m_newProfileId.isEmpty())
            m_newProfileId = AccountProfile::newId();
        profile.id = m_newProfileId;
    }
    const QString token = m_tokenField->text();
    setBusy(true);
    m_progress->setVisible(true);
    m_keychainPanel->setVisible(false);
    showStatus(sessionOnly ? tr("Saving the profile…")
                           : tr("Saving the token in the system keychain…"),
               false);
    auto done = [this, sessionOnly](const SecretResult &result) {
        setBusy(false);
        m_progress->setVisible(false);
        if (result.isOk()) {
            m_savedId = result.value;
            showStatus({}, false);
            emit profileSaved(m_savedId);
            accept();
            return;
        }
        showStatus({}, false);
        if (result.keychainUnusable() && !sessionOnly) {
            m_keychainLabel->setText(result.message);
            m_keychainPanel->setVisible(true);
            m_sessionOnlyButton->setFocus();
            return;
        }
        showStatus(result.message, true);
    };
    if (isEditing())
        m_manager->updateProfile(profile, token, sessionOnly, this, done);
    else
        m_manager->addProfile(profile, token, sessionOnly, this, done);
}

} // namespace exotrunk
