#pragma once

#include "common/rowseditor.h"
#include "domain/destinationuri.h"

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace exotrunk::ui {

// The one editor for destination URIs (Create Trunk form, Add destinations, the wizard): per row
// a transport (TLS, TCP or UDP — UDP is sent as a bare host:port), a host (IPv4 or FQDN, trimmed)
// and a port (1–65535; 5061 for TLS, 5060 for TCP and UDP, followed when the transport changes
// unless the user chose another port). Each row is validated as it changes: the API's rules,
// and the same URI twice is refused on the later row. Owners add their own notes after
// changed().
//
// Object names (n = 1-based row; none in SingleRow mode): destinationRow_n,
// destinationTransportCombo_n, destinationHostEdit_n, destinationPortSpin_n,
// destinationRemoveButton_n, destinationMessage_n, destinationNote_n, destinationActionButton_n;
// addDestinationButton.
class DestinationRowsEditor : public RowsEditor {
    Q_OBJECT
public:
    // `actionText` names the row action (e.g. "Add to whitelist"); hidden until shown.
    DestinationRowsEditor(Mode mode, const QString &actionText, const QString &actionToolTip,
                          QWidget *parent = nullptr);

    int addRow(const NewDestination &destination = {});
    void setDestination(int index, const NewDestination &destination);
    NewDestination destination(int index) const;
    bool isRowEmpty(int index) const override;
    // The non-empty rows' destinations, in row order.
    QList<NewDestination> destinations() const;
    Validity rowVerdict(int index) const override;
    QLineEdit *hostEdit(int index) const { return m_fields.at(index).host; }

protected:
    void nameFields(int index) override;
    void forgetRow(int index) override;
    int fieldRowCount() const override { return int(m_fields.size()); }

private:
    struct Fields {
        QComboBox *transport = nullptr;
        QSpinBox *port = nullptr;
        QLineEdit *host = nullptr;
    };
    QList<Fields> m_fields;
};

} // namespace exotrunk::ui
