#include "editing/createcredentialdialog.h"

#include "common/palettecolors.h"

#include "api/exotelclient.h"
#include "editing/editinglogging.h"
#include "editing/oncesecretpanel.h"
#include "editing/passwordstrength.h"
#include "workflows/trunkchanges.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace exotrunk {

CreateCredentialDialog::CreateCredentialDialog(ExotelClient *client, TrunkSid trunkSid,
                                               QWidget *parent)
    : EditDialogBase(client, std::move(trunkSid), parent)
    , m_pages(new QStackedWidget(this))
    , m_userName(new QLineEdit(this))
    , m_userNameValidation(new QLabel(this))
    , m_friendlyName(new QLineEdit(this))
    , m_friendlyNameValidation(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_generate(new QToolButton(this))
    , m_showPassword(new QCheckBox(tr("S&how"), this))
    , m_strength(new QLabel(this))
    , m_secret(new OnceSecretPanel(this)) {
    setObjectName(QStringLiteral("createCredentialDialog"));
    setWindowTitle(tr("New SIP credential on %1").arg(this->trunkSid().value()));
    setMinimumWidth(520);

    m_userName->setObjectName(QStringLiteral("userNameEdit"));
    m_userName->setMaxLength(32);
    m_userName->setPlaceholderText(tr("voice_ai_user"));
    m_userNameValidation->setObjectName(QStringLiteral("userNameValidation"));
    m_userNameValidation->setWordWrap(true);
    m_friendlyName->setObjectName(QStringLiteral("friendlyNameEdit"));
    m_friendlyName->setMaxLength(32);
    m_friendlyName->setPlaceholderText(tr("optional, up to 32 characters"));
    m_friendlyNameValidation->setObjectName(QStringLiteral("friendlyNameValidation"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_password->setAccessibleDescription(
        tr("The SIP digest password the PBX or Voice AI platform will use"));
    m_generate->setObjectName(QStringLiteral("generatePasswordButton"));
    m_generate->setText(tr("&Generate"));
    m_generate->setToolTip(tr("A new random password of 24 characters"));
    m_showPassword->setObjectName(QStringLiteral("showPasswordCheck"));
    m_showPassword->setToolTip(tr("Show the password in clear text"));
    m_strength->setObjectName(QStringLiteral("passwordStrength"));
    m_strength->setWordWrap(true);

    auto *form = new QWidget(this);
    auto *formLayout = new QFormLayout(form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addRow(tr("&User name:"), m_userName);
    formLayout->addRow(QString(), m_userNameValidation);
    formLayout->addRow(tr("&Friendly name:"), m_friendlyName);
    formLayout->addRow(QString(), m_friendlyNameValidation);
    auto *passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(m_showPassword);
    passwordRow->addWidget(m_generate);
    // A row holding a layout gets no buddy from QFormLayout: the label is made here so that
    // Alt+P and screen readers find the password field.
    auto *passwordLabel = new QLabel(tr("&Password:"), form);
    passwordLabel->setBuddy(m_password);
    formLayout->addRow(passwordLabel, passwordRow);
    // Tab follows the row as laid out: the field, Show, then Generate.
    setTabOrder(m_password, m_showPassword);
    setTabOrder(m_showPassword, m_generate);
    formLayout->addRow(QString(), m_strength);

    auto *createdPage = new QWidget(this);
    auto *createdLayout = new QVBoxLayout(createdPage);
    createdLayout->setContentsMargins(0, 0, 0, 0);
    auto *createdTitle = new QLabel(this);
    createdTitle->setObjectName(QStringLiteral("createdTitle"));
    createdTitle->setWordWrap(true);
    createdLayout->addWidget(createdTitle);
    createdLayout->addWidget(m_secret);
    createdLayout->addStretch(1);

    m_pages->addWidget(form);
    m_pages->addWidget(createdPage);
    contentLayout()->addWidget(m_pages);
    submitButton()->setText(tr("&Create credential"));

    connect(m_generate, &QToolButton::clicked, this,
            [this] { m_password->setText(generatePassword(24)); });
    connect(m_showPassword, &QCheckBox::toggled, this, [this](bool on) {
        m_password->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_userName, &QLineEdit::textChanged, this, &CreateCredentialDialog::validateInput);
    connect(m_friendlyName, &QLineEdit::textChanged, this, &CreateCredentialDialog::validateInput);
    connect(m_password, &QLineEdit::textChanged, this, &CreateCredentialDialog::validateInput);
    m_password->setText(generatePassword(24));
    validateInput();
}

CreateCredentialDialog::~CreateCredentialDialog() {
    m_password->clear();
    m_secret->wipe();
}

void CreateCredentialDialog::validateInput() {
    if (m_created)
        return;
    const QString user = m_userName->text();
    const Validity userValidity =
        user.isEmpty() ? Validity::ok() : validate::credentialUserName(user);
    showValidity(m_userNameValidation, userValidity);
    const Validity friendlyValidity = validate::friendlyName(m_friendlyName->text());
    showValidity(m_friendlyNameValidation, friendlyValidity);
    const PasswordStrength strength = PasswordStrength::of(m_password->text());
    const Validity passwordValidity = validate::password(m_password->text());
    if (passwordValidity.isAcceptable()) {
        ui::setToneText(m_strength, strength.level == PasswordStrength::Level::Strong
                                        ? ui::Tone::Success
                                        : ui::Tone::Warning);
        m_strength->setText(strength.hint);
    } else {
        ui::setToneText(m_strength, ui::Tone::Danger);
        m_strength->setText(passwordValidity.message);
    }
    setInputValid(!user.isEmpty() && userValidity.isAcceptable() &&
                  friendlyValidity.isAcceptable() && passwordValidity.isAcceptable());
}

void CreateCredentialDialog::setInputsEnabled(bool enabled) {
    m_userName->setEnabled(enabled);
    m_friendlyName->setEnabled(enabled);
    m_password->setEnabled(enabled);
    m_generate->setEnabled(enabled);
    m_showPassword->setEnabled(enabled);
}

void CreateCredentialDialog::submit() {
    if (m_created) {
        accept();
        return;
    }
    NewCredential nc;
    nc.userName = m_userName->text();
    nc.friendlyName = m_friendlyName->text();
    nc.password = m_password->text();
    qCInfo(lcEditing) << "creating credential" << nc.userName << "on trunk" << trunkSid().value();
    const QString password = nc.password;
    track(changes()->createCredential(nc, this,
                                      [this, password](const ApiResult<Credential> &result) {
                                          if (!result.isOk()) {
                                              showError(result.error());
                                              return;
                                          }
                                          showCreated(result.value(), password);
                                      }),
          tr("Creating %1…").arg(nc.userName));
}

void CreateCredentialDialog::showCreated(const Credential &credential, const QString &password) {
    m_created = true;
    const QString userName =
        credential.userName.isEmpty() ? m_userName->text() : credential.userName;
    m_password->clear();
    if (auto *title = findChild<QLabel *>(QStringLiteral("createdTitle")))
        title->setText(tr("Credential “%1” was created. Configure the peer with this user name and "
                          "password.")
                           .arg(userName));
    m_secret->setSecret(userName, password);
    m_pages->setCurrentIndex(1);
    submitButton()->setText(tr("&Done"));
    cancelButton()->hide();
    setInputValid(true);
    emit credentialCreated(credential);
}

void CreateCredentialDialog::done(int result) {
    // Closing after creation is success, however it is closed.
    m_secret->wipe();
    QDialog::done(m_created ? QDialog::Accepted : result);
}

} // namespace exotrunk
