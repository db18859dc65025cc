#pragma once

#include "domain/ids.h"
#include "workflows/provisioningcontext.h"
#include "workflows/provisioningrequest.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace exotrunk {

class ExotelClient;
class ProvisioningEngine;
class ProvisioningJournal;
class ProvisioningProgressWidget;

// The dashboard's "Create Trunk" form: Trunk Details, Whitelist IPs, Destination URIs.
// Validates as you type and creates through a ProvisioningEngine, so it gets the same
// ordering, duplicate handling and failure choices as the wizard.
class CreateTrunkDialog : public QDialog {
    Q_OBJECT
public:
    // `client` and `journal` are not owned and must outlive the dialog; `journal` may be null.
    CreateTrunkDialog(ExotelClient *client, ProvisioningJournal *journal,
                      const ProvisioningContext &context, QWidget *parent = nullptr);

    // The request the form describes now (use case inferred: whitelist → outbound,
    // destination → inbound, both → both directions).
    ProvisioningRequest request() const;
    bool isFormValid() const;
    ProvisioningEngine *engine() const { return m_engine; }

signals:
    void trunkCreated(const exotrunk::TrunkSid &sid);
    void provisioningFinished(const exotrunk::TrunkSid &sid);

protected:
    void reject() override;

private:
    void validateForm();
    void create();
    void engineStateChanged();

    ProvisioningContext m_context;
    ProvisioningEngine *m_engine = nullptr;

    QLineEdit *m_name = nullptr;
    QLabel *m_nameMessage = nullptr;
    QLineEdit *m_number = nullptr;
    QLabel *m_numberMessage = nullptr;
    QLineEdit *m_alias = nullptr;
    QLabel *m_aliasMessage = nullptr;
    QLineEdit *m_ip = nullptr;
    QSpinBox *m_mask = nullptr;
    QLabel *m_ipMessage = nullptr;
    QComboBox *m_transport = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLabel *m_destinationMessage = nullptr;
    QLabel *m_crossFieldLabel = nullptr;
    QPushButton *m_addToWhitelist = nullptr;
    QLabel *m_formMessage = nullptr;
    ProvisioningProgressWidget *m_progress = nullptr;
    QPushButton *m_create = nullptr;
    QPushButton *m_cancel = nullptr;
    bool m_started = false;
};

} // namespace exotrunk
