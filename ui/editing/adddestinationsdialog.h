#pragma once

#include "domain/destinationuri.h"
#include "domain/whitelistedip.h"
#include "editing/editdialogbase.h"

#include <QList>

namespace exotrunk {

class DestinationAddition;
namespace ui {
class DestinationRowsEditor;
}

// "Add destinations": several destination URIs in one request, through a DestinationAddition
// workflow. The answer may be a 207 with one outcome per destination; each row shows its own
// (destinationNote_<n>): added, or failed with the reason. A row that failed because its IP is
// not whitelisted offers "Allow this IP and retry" (destinationActionButton_<n>). The rows are
// the shared ui::DestinationRowsEditor (object names listed there).
class AddDestinationsDialog : public EditDialogBase {
    Q_OBJECT
public:
    enum class RowState { Editing, Sending, Added, Failed };

    AddDestinationsDialog(ExotelClient *client, TrunkSid trunkSid, QWidget *parent = nullptr);

    int rowCount() const;
    RowState rowState(int row) const;
    // Adds an empty row (object names end in _<row + 1>) and returns its index.
    int addRow();
    DestinationAddition *workflow() const { return m_addition; }

signals:
    void destinationsAdded(const QList<exotrunk::DestinationUri> &added);
    void ipAllowed(const exotrunk::WhitelistedIp &ip);

protected:
    void submit() override;
    void setInputsEnabled(bool enabled) override;

private:
    Validity rowVerdict(int row) const;
    void validateInput();
    void showRow(int row);

    ui::DestinationRowsEditor *m_rows;
    DestinationAddition *m_addition;
    QList<int> m_keys; // the workflow's key of each row
    int m_nextKey = 0;
};

} // namespace exotrunk
