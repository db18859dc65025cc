#pragma once

#include "domain/ids.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace exotrunk {

class ExotelClient;
class ProvisioningEngine;
class ProvisioningJournal;
class ProvisioningProgressWidget;

// "Finish setup" from a trunk's details page: reopens the journal's unfinished plan of the
// trunk with the calls that are done and those that are missing, and offers the progress
// page's choices — Retry (finish it) or Roll back (delete the trunk). Once finished it shows
// the hand-off, with the SIP password when one had to be generated again.
class FinishSetupDialog : public QDialog {
    Q_OBJECT
public:
    // `client` and `journal` are not owned and must outlive the dialog.
    FinishSetupDialog(ExotelClient *client, ProvisioningJournal *journal, const QString &profileId,
                      const TrunkSid &trunkSid, QWidget *parent = nullptr);

    // False when the journal holds no unfinished plan for the trunk.
    bool hasPlan() const { return m_hasPlan; }
    ProvisioningEngine *engine() const { return m_engine; }

signals:
    // The plan ended: finished, or rolled back (the trunk is gone).
    void setupFinished(const exotrunk::TrunkSid &sid);
    void rolledBack(const exotrunk::TrunkSid &sid);

protected:
    void reject() override;

private:
    void updateState();
    void updateHandOff();

    ProvisioningEngine *m_engine = nullptr;
    TrunkSid m_sid;
    bool m_hasPlan = false;
    QLabel *m_intro = nullptr;
    ProvisioningProgressWidget *m_progress = nullptr;
    QPlainTextEdit *m_handOff = nullptr;
    QCheckBox *m_showPassword = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace exotrunk
