#include "editing/destinationorderdialog.h"

#include "common/numberfield.h"
#include "editing/editinglogging.h"
#include "workflows/trunkchanges.h"
#include "workflows/trunkchangetexts.h"

#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace exotrunk {

DestinationOrderDialog::DestinationOrderDialog(ExotelClient *client, TrunkSid trunkSid,
                                               DestinationUri destination,
                                               QList<DestinationUri> all, QWidget *parent)
    : EditDialogBase(client, std::move(trunkSid), parent)
    , m_destination(std::move(destination))
    , m_all(std::move(all))
    , m_priority(new ui::NumberField(0, 100, this))
    , m_weight(new ui::NumberField(0, 100, this))
    , m_order(new QLabel(this)) {
    setObjectName(QStringLiteral("destinationOrderDialog"));
    setWindowTitle(tr("Priority and weight of %1").arg(m_destination.destination));
    if (m_all.isEmpty())
        m_all << m_destination;
    m_priority->setObjectName(QStringLiteral("prioritySpin"));
    m_priority->setAccessibleName(tr("Priority"));
    m_priority->setToolTip(tr("Lower values are tried first."));
    m_priority->setValue(m_destination.priority);
    m_weight->setObjectName(QStringLiteral("weightSpin"));
    m_weight->setAccessibleName(tr("Weight"));
    m_weight->setToolTip(tr("Destinations of equal priority share calls in proportion to "
                            "their weights."));
    m_weight->setValue(m_destination.weight);
    m_order->setObjectName(QStringLiteral("failoverOrder"));
    m_order->setTextFormat(Qt::PlainText);
    m_order->setWordWrap(true);
    auto *uri = new QLabel(m_destination.destination, this);
    uri->setObjectName(QStringLiteral("destinationLabel"));
    uri->setTextFormat(Qt::PlainText);
    formLayout()->addRow(tr("Destination:"), uri);
    formLayout()->addRow(tr("&Priority:"), m_priority);
    formLayout()->addRow(tr("&Weight:"), m_weight);
    formLayout()->addRow(tr("Failover order:"), m_order);
    submitButton()->setText(tr("&Save order"));
    connect(m_priority, &QSpinBox::valueChanged, this, &DestinationOrderDialog::validateInput);
    connect(m_weight, &QSpinBox::valueChanged, this, &DestinationOrderDialog::validateInput);
    validateInput();
}

QString DestinationOrderDialog::failoverText() const {
    return m_order->text();
}

void DestinationOrderDialog::validateInput() {
    const int priority = m_priority->value();
    const int weight = m_weight->value();
    m_order->setText(TrunkChangeTexts::failoverOrder(
        TrunkChangeTexts::withOrder(m_all, m_destination.id, priority, weight)));
    const bool changed = priority != m_destination.priority || weight != m_destination.weight;
    setInputValid(changed && priority >= 0 && weight >= 0);
}

void DestinationOrderDialog::setInputsEnabled(bool enabled) {
    m_priority->setEnabled(enabled);
    m_weight->setEnabled(enabled);
}

void DestinationOrderDialog::submit() {
    const int priority = m_priority->value();
    const int weight = m_weight->value();
    qCInfo(lcEditing) << "changing order of destination" << m_destination.id.value() << "to"
                      << priority << weight;
    track(changes()->changeDestinationOrder(m_destination, priority, weight, this,
                                            [this](const ApiResult<DestinationUri> &result) {
                                                if (!result.isOk()) {
                                                    showError(result.error());
                                                    return;
                                                }
                                                emit orderChanged(result.value());
                                                accept();
                                            }),
          tr("Saving the order of %1…").arg(m_destination.destination));
}

} // namespace exotrunk
