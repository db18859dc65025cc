#include "editing/deletecredentialdialog.h"

#include "api/exotelclient.h"
#include "editing/editinglogging.h"
#include "workflows/trunkchanges.h"

#include <QLabel>
#include <QPushButton>

namespace exotrunk {

DeleteCredentialDialog::DeleteCredentialDialog(ExotelClient *client, TrunkSid trunkSid,
                                               Credential credential, QWidget *parent)
    : EditDialogBase(client, std::move(trunkSid), parent)
    , m_credential(std::move(credential)) {
    setObjectName(QStringLiteral("deleteCredentialDialog"));
    setWindowTitle(tr("Delete credential %1").arg(m_credential.userName));
    setMinimumWidth(460);
    addNote(
        tr("Delete the SIP digest credential <b>%1</b> from trunk %2?")
            .arg(m_credential.userName.toHtmlEscaped(), this->trunkSid().value().toHtmlEscaped()),
        QStringLiteral("deleteQuestion"));
    addNote(tr("Every PBX or Voice AI platform that still authenticates as “%1” will have its "
               "calls refused with <b>SIP 401 Unauthorized</b> from the moment it is deleted. "
               "This cannot be undone. To replace a credential without downtime, use "
               "<i>Rotate credential</i> instead.")
                .arg(m_credential.userName.toHtmlEscaped()),
            QStringLiteral("deleteWarning"));
    submitButton()->setText(tr("&Delete %1").arg(m_credential.userName));
    // The safe choice is the default one.
    submitButton()->setDefault(false);
    submitButton()->setAutoDefault(false);
    cancelButton()->setDefault(true);
    setInputValid(!m_credential.id.isEmpty());
}

void DeleteCredentialDialog::submit() {
    qCInfo(lcEditing) << "deleting credential" << m_credential.userName << "("
                      << m_credential.id.value() << ") on trunk" << trunkSid().value();
    track(changes()->deleteCredential(m_credential, this,
                                      [this](const ApiResult<Credential> &result) {
                                          if (!result.isOk()) {
                                              showError(result.error());
                                              return;
                                          }
                                          emit credentialDeleted(m_credential.id);
                                          accept();
                                      }),
          tr("Deleting %1…").arg(m_credential.userName));
}

} // namespace exotrunk
