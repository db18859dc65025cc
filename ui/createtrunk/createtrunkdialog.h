#pragma once

#include "domain/ids.h"
#include "workflows/provisioningcontext.h"
#include "workflows/provisioningrequest.h"

#include <QDialog>
#include <QList>

class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace exotrunk {

namespace ui {
class DestinationRowsEditor;
class IpRowsEditor;
} // namespace ui

class ExotelClient;
class ProvisioningEngine;
class ProvisioningJournal;
class ProvisioningProgressWidget;

// The dashboard's "Create Trunk" form: Trunk Details, Whitelist IPs (any number of rows),
// Destination URIs (any number of rows). Every field validates as you type; Create is enabled
// only when the whole form is valid. It creates through a ProvisioningEngine, so it gets the
// same ordering, duplicate handling and failure choices as the wizard.
//
// The rows are the shared ui::IpRowsEditor and ui::DestinationRowsEditor (their object names,
// e.g. whitelistIpEdit_1, destinationHostEdit_2, are listed there). A destination row whose IP is
// not whitelisted says so in destinationNote_<n>, with destinationActionButton_<n> ("Add to
// whitelist").
class CreateTrunkDialog : public QDialog {
    Q_OBJECT
public:
    // `client` and `journal` are not owned and must outlive the dialog; `journal` may be null.
    CreateTrunkDialog(ExotelClient *client, ProvisioningJournal *journal,
                      const ProvisioningContext &context, QWidget *parent = nullptr);

    // The request the form describes now. Rows left empty are ignored. Use case inferred:
    // whitelist only → outbound, destination only → inbound, both → both directions.
    ProvisioningRequest request() const;
    bool isFormValid() const;
    ProvisioningEngine *engine() const { return m_engine; }

    int whitelistRowCount() const;
    int destinationRowCount() const;

signals:
    void trunkCreated(const exotrunk::TrunkSid &sid);
    void provisioningFinished(const exotrunk::TrunkSid &sid);

protected:
    void reject() override;
    void showEvent(QShowEvent *event) override;

private:
    QGroupBox *createDetailsGroup();
    void createRowGroups(QVBoxLayout *layout);
    void validateForm();
    void fitHeight();
    void create();
    void engineStateChanged();
    void updateTabOrder();
    Validity nameVerdict() const;

    ProvisioningContext m_context;
    ProvisioningEngine *m_engine = nullptr;

    QLineEdit *m_name = nullptr;
    QLabel *m_nameMessage = nullptr;
    QLineEdit *m_number = nullptr;
    QLabel *m_numberMessage = nullptr;
    QLineEdit *m_alias = nullptr;
    QLabel *m_aliasMessage = nullptr;
    ui::IpRowsEditor *m_ips = nullptr;
    ui::DestinationRowsEditor *m_destinations = nullptr;
    QLabel *m_formMessage = nullptr;
    QScrollArea *m_scroll = nullptr;
    ProvisioningProgressWidget *m_progress = nullptr;
    QPushButton *m_create = nullptr;
    QPushButton *m_cancel = nullptr;
    bool m_started = false;
};

} // namespace exotrunk
