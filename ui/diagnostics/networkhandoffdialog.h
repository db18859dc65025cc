#pragma once

#include "diagnostics/networkhandoff.h"
#include "textreportdialog.h"

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;

namespace exotrunk::ui {

class NumberField;

// The hand-off for the customer's network team (§15, §15.1): firewall rules for the trunk's
// destinations as a table, nftables or iptables, the edge FQDNs with the failover note, and the
// go-live checklist for the expected number of concurrent calls.
class NetworkHandoffDialog : public TextReportDialog {
    Q_OBJECT
public:
    // `network` is nullopt when the network data could not be read: `dataError` says why, and the
    // dialog shows that instead of rules.
    NetworkHandoffDialog(const QString &trunkLabel, const QList<DestinationUri> &destinations,
                         std::optional<ExotelNetworkData> network, const QString &dataError,
                         QWidget *parent = nullptr);

    // The bundled data file (":/data/exotel-network.json").
    static std::optional<ExotelNetworkData> bundledData(QString *error);

private:
    void rebuild();

    QString m_trunkLabel;
    QList<DestinationUri> m_destinations;
    std::optional<ExotelNetworkData> m_data;
    QString m_dataError;
    QComboBox *m_format;
    QCheckBox *m_inbound;
    QCheckBox *m_outbound;
    QCheckBox *m_legacy;
    NumberField *m_calls;
    QLabel *m_callsNote;
};

} // namespace exotrunk::ui
