#include "editing/editcredentialdialog.h"

#include "editing/editinglogging.h"
#include "workflows/trunkchanges.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace exotrunk {

EditCredentialDialog::EditCredentialDialog(ExotelClient *client, TrunkSid trunkSid,
                                           Credential credential, QWidget *parent)
    : EditDialogBase(client, std::move(trunkSid), parent)
    , m_credential(std::move(credential))
    , m_friendlyName(new QLineEdit(this))
    , m_friendlyNameValidation(new QLabel(this))
    , m_changePassword(new QCheckBox(tr("Change password &in place"), this))
    , m_password(new QLineEdit(this))
    , m_passwordWarning(new QLabel(this)) {
    setObjectName(QStringLiteral("editCredentialDialog"));
    setWindowTitle(tr("Edit credential %1").arg(m_credential.userName));
    auto *user = new QLabel(m_credential.userName, this);
    user->setObjectName(QStringLiteral("userNameLabel"));
    user->setTextFormat(Qt::PlainText);
    m_friendlyName->setObjectName(QStringLiteral("friendlyNameEdit"));
    m_friendlyName->setAccessibleName(tr("Friendly name"));
    m_friendlyName->setText(m_credential.friendlyName);
    m_friendlyNameValidation->setObjectName(QStringLiteral("friendlyNameValidation"));
    m_friendlyNameValidation->setWordWrap(true);
    m_changePassword->setObjectName(QStringLiteral("changePasswordCheck"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setAccessibleName(tr("New password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setEnabled(false);
    m_passwordWarning->setObjectName(QStringLiteral("passwordValidation"));
    m_passwordWarning->setWordWrap(true);

    formLayout()->addRow(tr("User name:"), user);
    formLayout()->addRow(tr("&Friendly name:"), m_friendlyName);
    formLayout()->addRow(QString(), m_friendlyNameValidation);
    formLayout()->addRow(QString(), m_changePassword);
    formLayout()->addRow(tr("New pass&word:"), m_password);
    formLayout()->addRow(QString(), m_passwordWarning);
    addNote(tr("<b>To change a password, rotate the credential instead</b>: a new credential is "
               "created first, the peer is updated, then the old one is deleted, so no call is "
               "refused. A password changed in place breaks every call of a PBX or platform "
               "authenticating as “%1” (SIP 401) until that peer uses the new password.")
                .arg(m_credential.userName.toHtmlEscaped()),
            QStringLiteral("rotationRecommendation"));
    submitButton()->setText(tr("&Save"));

    connect(m_friendlyName, &QLineEdit::textChanged, this, &EditCredentialDialog::validateInput);
    connect(m_password, &QLineEdit::textChanged, this, &EditCredentialDialog::validateInput);
    connect(m_changePassword, &QCheckBox::toggled, this, [this](bool on) {
        m_password->setEnabled(on);
        if (!on)
            m_password->clear();
        validateInput();
    });
    validateInput();
}

EditCredentialDialog::~EditCredentialDialog() {
    m_password->clear(); // the typed password lives no longer than the dialog
}

void EditCredentialDialog::validateInput() {
    const Validity name = validate::friendlyName(m_friendlyName->text());
    showValidity(m_friendlyNameValidation, name);
    const bool nameChanged = m_friendlyName->text() != m_credential.friendlyName;
    bool passwordOk = true;
    if (m_changePassword->isChecked()) {
        const QString password = m_password->text();
        const Validity strength = password.isEmpty() ? Validity::error(tr("Type the new password."))
                                                     : validate::password(password);
        showValidity(m_passwordWarning, strength);
        passwordOk = strength.isAcceptable();
    } else {
        showValidity(m_passwordWarning, Validity::ok());
    }
    setInputValid(name.isAcceptable() && passwordOk &&
                  (nameChanged || m_changePassword->isChecked()));
}

void EditCredentialDialog::setInputsEnabled(bool enabled) {
    m_friendlyName->setEnabled(enabled);
    m_changePassword->setEnabled(enabled);
    m_password->setEnabled(enabled && m_changePassword->isChecked());
}

void EditCredentialDialog::submit() {
    CredentialUpdate update;
    if (m_friendlyName->text() != m_credential.friendlyName)
        update.friendlyName = m_friendlyName->text();
    if (m_changePassword->isChecked())
        update.password = m_password->text();
    qCInfo(lcEditing) << "updating credential" << m_credential.userName
                      << (update.password ? "with a new password" : "(friendly name)");
    track(changes()->updateCredential(m_credential, update, this,
                                      [this](const ApiResult<Credential> &result) {
                                          if (!result.isOk()) {
                                              showError(result.error());
                                              return;
                                          }
                                          m_password->clear();
                                          emit credentialUpdated(result.value());
                                          accept();
                                      }),
          tr("Saving %1…").arg(m_credential.userName));
}

} // namespace exotrunk
