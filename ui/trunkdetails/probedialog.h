#pragma once

#include "diagnostics/reachabilityprobe.h"

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace exotrunk::ui {

// "Probe destinations": runs the reachability probe over a trunk's destination URIs and shows
// each step as it finishes (destination, step, outcome, detail, time), with progress and
// Cancel, and the whole detail of the current row beneath the table. Not modal, and never waits:
// the window stays usable while it runs. Closing the dialog cancels the probe.
class ProbeDialog : public QDialog {
    Q_OBJECT
public:
    enum Column { DestinationColumn, StepColumn, OutcomeColumn, DetailColumn, TimeColumn };

    explicit ProbeDialog(const QList<ProbeTarget> &targets, QWidget *parent = nullptr);

    ReachabilityProbe *probe() const { return m_probe; }
    // Starts (or restarts) the probe over the targets.
    void run();

protected:
    void reject() override;

private:
    void buildTable();
    QDialogButtonBox *buildButtons();
    void queueStep(int destination, const ProbeStep &step);
    void scheduleFlush();
    void flushSteps();
    void addRow(int destination, const ProbeStep &step);
    void showCurrentDetail();
    void showProgress();
    void runFinished();

    QList<ProbeTarget> m_targets;
    ReachabilityProbe *m_probe;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QTableWidget *m_table;
    QLabel *m_detail;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QPushButton *m_close;
    int m_stepsDone = 0;
    // Steps that finished since the table was last updated: shown together once per event-loop
    // turn (every destination's first steps finish in the same turn).
    QList<QPair<int, ProbeStep>> m_pending;
    bool m_flushQueued = false;
};

} // namespace exotrunk::ui
