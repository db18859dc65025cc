#include "networkhandoffdialog.h"

#include "common/numberfield.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>

namespace exotrunk::ui {

NetworkHandoffDialog::NetworkHandoffDialog(const QString &trunkLabel,
                                           const QList<DestinationUri> &destinations,
                                           std::optional<ExotelNetworkData> network,
                                           const QString &dataError, QWidget *parent)
    : TextReportDialog(tr("Network hand-off — %1").arg(trunkLabel), tr("exotel-firewall-rules.txt"),
                       QStringLiteral("handoff"), parent)
    , m_trunkLabel(trunkLabel)
    , m_destinations(destinations)
    , m_data(std::move(network))
    , m_dataError(dataError) {
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("handoffFormatCombo"));
    m_format->addItem(tr("Plain table"), int(FirewallFormat::Table));
    m_format->addItem(tr("nftables"), int(FirewallFormat::Nftables));
    m_format->addItem(tr("iptables"), int(FirewallFormat::Iptables));
    m_inbound = new QCheckBox(tr("&Inbound (PSTN → SIP)"), this);
    m_inbound->setObjectName(QStringLiteral("handoffInboundCheck"));
    m_inbound->setChecked(true);
    m_outbound = new QCheckBox(tr("&Outbound (SIP → PSTN)"), this);
    m_outbound->setObjectName(QStringLiteral("handoffOutboundCheck"));
    m_outbound->setChecked(true);
    m_legacy = new QCheckBox(tr("Include the &legacy media pools"), this);
    m_legacy->setObjectName(QStringLiteral("handoffLegacyCheck"));
    m_calls = new NumberField(1, 10000, this);
    m_calls->setObjectName(QStringLiteral("handoffCallsField"));
    m_calls->setValue(10);
    m_callsNote = new QLabel(this);
    m_callsNote->setObjectName(QStringLiteral("handoffCallsNote"));

    auto *form = new QFormLayout;
    auto *formatLabel = new QLabel(tr("&Format:"), this);
    formatLabel->setBuddy(m_format);
    form->addRow(formatLabel, m_format);
    auto *directions = new QHBoxLayout;
    directions->addWidget(m_inbound);
    directions->addWidget(m_outbound);
    directions->addWidget(m_legacy);
    directions->addStretch(1);
    form->addRow(tr("Rules for:"), directions);
    auto *callsLabel = new QLabel(tr("&Peak concurrent calls:"), this);
    callsLabel->setBuddy(m_calls);
    auto *callsRow = new QHBoxLayout;
    callsRow->addWidget(m_calls);
    callsRow->addWidget(m_callsNote, 1);
    form->addRow(callsLabel, callsRow);
    optionsLayout()->addLayout(form);

    connect(m_format, &QComboBox::currentIndexChanged, this, &NetworkHandoffDialog::rebuild);
    for (QCheckBox *box : {m_inbound, m_outbound, m_legacy})
        connect(box, &QCheckBox::toggled, this, &NetworkHandoffDialog::rebuild);
    connect(m_calls, &QSpinBox::valueChanged, this, &NetworkHandoffDialog::rebuild);
    rebuild();
}

std::optional<ExotelNetworkData> NetworkHandoffDialog::bundledData(QString *error) {
    return ExotelNetworkData::load(QStringLiteral(":/data/exotel-network.json"), error);
}

void NetworkHandoffDialog::rebuild() {
    if (!m_data) {
        setText(m_dataError);
        return;
    }
    const int calls = m_calls->value();
    const bool callsValid = calls >= m_calls->usualMinimum() && calls <= m_calls->usualMaximum();
    m_callsNote->setText(callsValid ? QString()
                                    : tr("Between %1 and %2 calls.")
                                          .arg(m_calls->usualMinimum())
                                          .arg(m_calls->usualMaximum()));
    FirewallRequest request;
    request.trunkLabel = m_trunkLabel;
    request.destinations = m_destinations;
    request.inbound = m_inbound->isChecked();
    request.outbound = m_outbound->isChecked();
    request.includeLegacyMedia = m_legacy->isChecked();
    QString text;
    if (request.inbound && m_destinations.isEmpty())
        text += tr("This trunk has no destination URI yet: the inbound signalling rule needs "
                   "the port of the customer's SIP server.") +
                QLatin1String("\n\n");
    text += firewallRules(*m_data, request, FirewallFormat(m_format->currentData().toInt()));
    text += QLatin1Char('\n') + edgeConfigurationNote(*m_data) + QLatin1String("\n\n");
    text += tr("Go-live checklist (§15.1):") + QLatin1Char('\n');
    if (callsValid) {
        for (const QString &item : goLiveChecklist(calls))
            text += QStringLiteral("[ ] ") + item + QLatin1Char('\n');
    }
    setText(text);
}

} // namespace exotrunk::ui
