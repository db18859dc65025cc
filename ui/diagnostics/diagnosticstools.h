#pragma once

#include <QDialog>
#include <QPointer>
#include <QWidget>

namespace exotrunk {
class TrunkDetailsController;
} // namespace exotrunk

namespace exotrunk::ui {

class ReadinessPanel;
class TroubleshooterDialog;

// The readiness panel's tools for when calls fail: the SIP troubleshooter, the network hand-off
// for the customer's network team and the support bundle — each for the opened trunk.
class DiagnosticsTools : public QWidget {
    Q_OBJECT
public:
    DiagnosticsTools(TrunkDetailsController *controller, ReadinessPanel *panel,
                     QWidget *parent = nullptr);

    // The dialog the last click opened, while it is open (for tests).
    QWidget *currentDialog() const { return m_dialog; }

signals:
    // The troubleshooter asked for the reachability probe.
    void probeRequested();
    // One of the tools' dialogs opened; it shows (and the troubleshooter asks) the account's
    // data, so it must close when the account changes.
    void dialogOpened(QDialog *dialog);

private:
    QString trunkLabel() const;
    void openTroubleshooter();
    void openHandoff();
    void openBundle();
    void show(QDialog *dialog);

    TrunkDetailsController *m_controller;
    ReadinessPanel *m_panel;
    QPointer<QDialog> m_dialog;
};

} // namespace exotrunk::ui
