#pragma once

#include "domain/credential.h"
#include "editing/editdialogbase.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QToolButton;

namespace exotrunk {

class OnceSecretPanel;

// "Create credential": user name, friendly name and a generated (or typed) password. After
// creation the password is shown once, with a copy button, and then forgotten.
class CreateCredentialDialog : public EditDialogBase {
    Q_OBJECT
public:
    CreateCredentialDialog(ExotelClient *client, TrunkSid trunkSid, QWidget *parent = nullptr);
    ~CreateCredentialDialog() override;

signals:
    void credentialCreated(const exotrunk::Credential &credential);

protected:
    void submit() override;
    void setInputsEnabled(bool enabled) override;
    void done(int result) override;

private:
    void validateInput();
    void showCreated(const Credential &credential, const QString &password);

    QStackedWidget *m_pages;
    QLineEdit *m_userName;
    QLabel *m_userNameValidation;
    QLineEdit *m_friendlyName;
    QLabel *m_friendlyNameValidation;
    QLineEdit *m_password;
    QToolButton *m_generate;
    QCheckBox *m_showPassword;
    QLabel *m_strength;
    OnceSecretPanel *m_secret;
    bool m_created = false;
};

} // namespace exotrunk
