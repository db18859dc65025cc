#pragma once

#include "api/apiresult.h"
#include "domain/destinationuri.h"
#include "domain/whitelistedip.h"
#include "editing/editdialogbase.h"

#include <QList>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QToolButton;

namespace exotrunk {

// "Add destinations": several destination URIs in one request. The answer may be a 207 with one
// outcome per destination; each row shows its own: added, or failed with the reason. A row that
// failed because its IP is not whitelisted offers "Allow this IP and retry".
class AddDestinationsDialog : public EditDialogBase {
    Q_OBJECT
public:
    enum class RowState { Editing, Sending, Added, Failed };

    AddDestinationsDialog(ExotelClient *client, TrunkSid trunkSid, QWidget *parent = nullptr);

    int rowCount() const { return int(m_rows.size()); }
    RowState rowState(int row) const { return m_rows.at(row).state; }
    // Adds an empty row (object names end in _<index>) and returns its index.
    int addRow();

signals:
    void destinationsAdded(const QList<exotrunk::DestinationUri> &added);
    void ipAllowed(const exotrunk::WhitelistedIp &ip);

protected:
    void submit() override;
    void setInputsEnabled(bool enabled) override;

private:
    struct Row {
        QComboBox *transport = nullptr;
        QLineEdit *host = nullptr;
        QSpinBox *port = nullptr;
        QLabel *validation = nullptr;
        QLabel *result = nullptr;
        QToolButton *allowAndRetry = nullptr;
        QToolButton *remove = nullptr;
        RowState state = RowState::Editing;
        bool removed = false;
    };

    NewDestination destinationOf(int row) const;
    Validity validityOf(int row) const;
    void validateInput();
    void setRowState(int row, RowState state, const QString &text = {});
    void applyOutcomes(const QList<int> &sentRows,
                       const ApiResult<QList<ItemOutcome<DestinationUri>>> &result);
    void allowAndRetry(int row);
    void resend(int row);

    QGridLayout *m_grid;
    QList<Row> m_rows;
    QToolButton *m_addRow;
};

} // namespace exotrunk
