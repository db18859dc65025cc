#pragma once

#include "domain/ids.h"
#include "workflows/provisioningcontext.h"
#include "workflows/provisioningrequest.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QToolButton;
class QVBoxLayout;
class QWidget;

namespace exotrunk {

class ExotelClient;
class ProvisioningEngine;
class ProvisioningJournal;
class ProvisioningProgressWidget;

// The dashboard's "Create Trunk" form: Trunk Details, Whitelist IPs (any number of rows),
// Destination URIs (any number of rows). Every field validates as you type; Create is enabled
// only when the whole form is valid. It creates through a ProvisioningEngine, so it gets the
// same ordering, duplicate handling and failure choices as the wizard.
//
// Row widgets are named with their 1-based row number, e.g. whitelistIpEdit_1,
// whitelistMaskSpin_1, whitelistRemoveButton_1, whitelistIpMessage_1, destinationTransportCombo_2,
// destinationHostEdit_2, destinationPortSpin_2, destinationRemoveButton_2, destinationMessage_2,
// destinationWhitelistOffer_2, addToWhitelistButton_2; rows renumber when one is removed.
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

    int whitelistRowCount() const { return m_ipRows.size(); }
    int destinationRowCount() const { return m_destinationRows.size(); }
    void addWhitelistRow(const QString &ip = {}, int mask = 32);
    void addDestinationRow();
    void removeWhitelistRow(int index);
    void removeDestinationRow(int index);

signals:
    void trunkCreated(const exotrunk::TrunkSid &sid);
    void provisioningFinished(const exotrunk::TrunkSid &sid);

protected:
    void reject() override;
    void showEvent(QShowEvent *event) override;

private:
    struct WhitelistRow {
        QWidget *container = nullptr;
        QLineEdit *ip = nullptr;
        QSpinBox *mask = nullptr;
        QToolButton *remove = nullptr;
        QLabel *message = nullptr;
    };
    struct DestinationRow {
        QWidget *container = nullptr;
        QComboBox *transport = nullptr;
        QLineEdit *host = nullptr;
        QSpinBox *port = nullptr;
        QToolButton *remove = nullptr;
        QLabel *message = nullptr;
        QLabel *offer = nullptr;
        QPushButton *addToWhitelist = nullptr;
    };

    void validateForm();
    void fitHeight();
    void create();
    void engineStateChanged();
    void renumberRows();
    void updateTabOrder();
    void offerWhitelist(const QString &ip);
    NewDestination destinationOf(const DestinationRow &row) const;
    Validity nameVerdict() const;
    Validity whitelistRowVerdict(int index) const;
    Validity destinationRowVerdict(int index) const;

    ProvisioningContext m_context;
    ProvisioningEngine *m_engine = nullptr;

    QLineEdit *m_name = nullptr;
    QLabel *m_nameMessage = nullptr;
    QLineEdit *m_number = nullptr;
    QLabel *m_numberMessage = nullptr;
    QLineEdit *m_alias = nullptr;
    QLabel *m_aliasMessage = nullptr;
    QWidget *m_ipHeader = nullptr;
    QVBoxLayout *m_ipRowsLayout = nullptr;
    QList<WhitelistRow> m_ipRows;
    QPushButton *m_addIp = nullptr;
    QWidget *m_destinationHeader = nullptr;
    QVBoxLayout *m_destinationRowsLayout = nullptr;
    QList<DestinationRow> m_destinationRows;
    QPushButton *m_addDestination = nullptr;
    QLabel *m_formMessage = nullptr;
    QScrollArea *m_scroll = nullptr;
    ProvisioningProgressWidget *m_progress = nullptr;
    QPushButton *m_create = nullptr;
    QPushButton *m_cancel = nullptr;
    bool m_started = false;
};

} // namespace exotrunk
