#pragma once

#include "editing/editdialogbase.h"
#include "workflows/trunkchanges.h"

#include <QStringList>

#include <functional>

class QListWidget;

namespace exotrunk {

// The one confirmation of a removal of one or several rows of a section: it names every object
// by value, says what stops working, runs the removal in TrunkChanges with progress and Stop
// (Cancel), and then shows a result per row. A single row removed closes the dialog; several
// rows, or any row that failed, keep it open with the results until Close.
class RemoveRowsDialog : public EditDialogBase {
    Q_OBJECT
public:
    using Start = std::function<bool(TrunkChanges *changes)>;

    struct Texts {
        QString objectName;   // "removeNumbersDialog"
        QString title;        // window title
        QString question;     // plain text: "Remove 2 phone numbers from trunk …?"
        QStringList values;   // the objects by value, one line each
        QStringList outcomes; // what stops working, plain sentences
        QString submitText;   // "&Remove 2 numbers"
    };

    RemoveRowsDialog(ExotelClient *client, TrunkSid trunkSid, const Texts &texts, Start start,
                     QWidget *parent);

    // One line per row once the removal finished: "value — removed" or "value — not removed: …".
    QStringList resultLines() const;

signals:
    void removalFinished(int removed, int failed);

protected:
    void submit() override;

private:
    void showResults(const QList<RowResult> &results);

    Start m_start;
    int m_rowCount;
    QListWidget *m_results;
};

} // namespace exotrunk
