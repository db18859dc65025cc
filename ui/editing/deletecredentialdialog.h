#pragma once

#include "domain/credential.h"
#include "editing/editdialogbase.h"

namespace exotrunk {

// Confirmation for deleting a SIP digest credential: names the user name and warns that peers
// still using it will be refused with SIP 401.
class DeleteCredentialDialog : public EditDialogBase {
    Q_OBJECT
public:
    DeleteCredentialDialog(ExotelClient *client, TrunkSid trunkSid, Credential credential,
                           QWidget *parent = nullptr);

signals:
    void credentialDeleted(const exotrunk::CredentialId &id);

protected:
    void submit() override;

private:
    Credential m_credential;
};

} // namespace exotrunk
