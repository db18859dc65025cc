#pragma once

#include "domain/trunk.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace exotrunk {
class ExotelClient;
class TrunkDetailsController;
} // namespace exotrunk

namespace exotrunk::ui {

// Asks before deleting a trunk: names it, counts what goes with it (numbers, IPs, destination
// URIs, credentials — fetched while the dialog is open), says it cannot be undone, and enables
// Delete only once the trunk's name (its ID, for a trunk without a name) is typed exactly.
// Closing the dialog cancels the counting.
class DeleteTrunkDialog : public QDialog {
    Q_OBJECT
public:
    DeleteTrunkDialog(const Trunk &trunk, ExotelClient *client, QWidget *parent = nullptr);
    ~DeleteTrunkDialog() override;

    const Trunk &trunk() const { return m_trunk; }
    QLineEdit *confirmEdit() const { return m_confirm; }
    QPushButton *deleteButton() const { return m_delete; }
    QLabel *consequencesLabel() const { return m_consequences; }

private:
    void updateConsequences();
    void updateDeleteEnabled();
    // What must be typed: the name, or the ID of a trunk the API holds without a name (an empty
    // confirmation would confirm nothing).
    QString confirmationText() const {
        return m_trunk.name.isEmpty() ? m_trunk.sid.value() : m_trunk.name;
    }

    Trunk m_trunk;
    TrunkDetailsController *m_counter;
    QLabel *m_consequences;
    QLineEdit *m_confirm;
    QPushButton *m_delete;
};

} // namespace exotrunk::ui
