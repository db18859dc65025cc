#pragma once

#include "domain/destinationuri.h"
#include "editing/editdialogbase.h"

#include <QList>

class QLabel;

namespace exotrunk {
namespace ui {
class NumberField;
}

// Changes a destination's priority and weight (PUT …/destination-uris/{id}) and shows, as the
// numbers change, the failover order of all the trunk's destinations in words.
class DestinationOrderDialog : public EditDialogBase {
    Q_OBJECT
public:
    DestinationOrderDialog(ExotelClient *client, TrunkSid trunkSid, DestinationUri destination,
                           QList<DestinationUri> all, QWidget *parent);

    QString failoverText() const;

signals:
    void orderChanged(const exotrunk::DestinationUri &destination);

protected:
    void submit() override;
    void setInputsEnabled(bool enabled) override;

private:
    void validateInput();

    DestinationUri m_destination;
    QList<DestinationUri> m_all;
    ui::NumberField *m_priority;
    ui::NumberField *m_weight;
    QLabel *m_order;
};

} // namespace exotrunk
