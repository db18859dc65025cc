#pragma once

#include "domain/credential.h"
#include "editing/editdialogbase.h"

class QCheckBox;
class QLabel;
class QLineEdit;

namespace exotrunk {

// Edits a credential in place (PUT …/credentials/{id}): its friendly name, and — only when
// "Change password in place" is ticked — its password. The dialog recommends rotation for a
// password: an in-place change breaks calls until the peer uses the new password.
class EditCredentialDialog : public EditDialogBase {
    Q_OBJECT
public:
    EditCredentialDialog(ExotelClient *client, TrunkSid trunkSid, Credential credential,
                         QWidget *parent);
    ~EditCredentialDialog() override;

signals:
    void credentialUpdated(const exotrunk::Credential &credential);

protected:
    void submit() override;
    void setInputsEnabled(bool enabled) override;

private:
    void validateInput();

    Credential m_credential;
    QLineEdit *m_friendlyName;
    QLabel *m_friendlyNameValidation;
    QCheckBox *m_changePassword;
    QLineEdit *m_password;
    QLabel *m_passwordWarning;
};

} // namespace exotrunk
