#pragma once

#include "diagnostics/reachabilityprobe.h"
#include "diagnostics/readiness.h"
#include "diagnostics/readinesscache.h"

#include <QDateTime>
#include <QGroupBox>
#include <QHash>
#include <QList>

class QComboBox;
class QDialog;
class QLabel;
class QPushButton;
class QVBoxLayout;

class QAction;

namespace exotrunk {
class TrunkDetailsController;
class TrunkEditActions;
} // namespace exotrunk

namespace exotrunk::ui {

class CallPathView;
class DiagnosticsTools;

// Whether the opened trunk is ready for what it is for: a purpose combo (remembered per profile
// and trunk once chosen, else proposed from the configuration) above the findings of the
// readiness rules, each with its severity, reason, the documentation section it cites and a
// "Fix…" button for the edit action that fixes it. The rules live in models/diagnostics.
class ReadinessPanel : public QGroupBox {
    Q_OBJECT
public:
    explicit ReadinessPanel(TrunkDetailsController *controller, QWidget *parent = nullptr);

    // Whose records remember the chosen purpose; re-reads the purpose of the opened trunk.
    void setProfileId(const QString &profileId);
    TrunkPurpose purpose() const { return m_purpose; }
    bool purposeChosen() const { return m_chosen; }
    const QList<ReadinessFinding> &findings() const { return m_findings; }
    QComboBox *purposeCombo() const { return m_purposeCombo; }
    // What the console has loaded for the opened trunk (sections not loaded are nullopt).
    TrunkConfiguration configuration() const;
    // The troubleshooter, network hand-off and support bundle buttons.
    DiagnosticsTools *tools() const { return m_tools; }
    // The last reachability probe of the opened trunk in this session, as support bundle lines
    // (probeBundleLines); empty when it was not probed.
    QStringList probeLines() const;

signals:
    // A finding's "Fix…" was clicked; `subjects` says what it is about (numbers, IPs, hosts).
    void fixRequested(exotrunk::FixKind kind, const QStringList &subjects);
    // The findings for the opened trunk, each time its sections have all settled (loaded or
    // failed) and whenever they or the purpose change after that: what the trunk list's
    // Readiness column shows (ReadinessCache::record).
    void evaluated(const exotrunk::ReadinessSnapshot &snapshot);
    // A dialog that works with the account's data opened (the probe, the troubleshooter, the
    // hand-off, the support bundle): it must close when the account changes
    // (MainWindow::bindToConnection).
    void accountBoundDialogOpened(QDialog *dialog);

private:
    void trunkMaybeChanged();
    void choosePurpose(int index);
    void refresh();
    void showPurpose();
    void rebuildFindings();
    void showUnchecked();
    QWidget *findingRow(const ReadinessFinding &finding);
    void openProbe();
    void publish(const TrunkConfiguration &config);

    TrunkDetailsController *m_controller;
    QString m_profileId;
    TrunkSid m_sid;
    TrunkPurpose m_purpose;
    bool m_chosen = false;
    QList<ReadinessFinding> m_findings;
    QStringList m_failedSections; // titles of the sections that did not load
    struct ProbeRun {
        QDateTime at;
        QString summary;
        QList<ProbeResult> results;
    };
    QHash<QString, ProbeRun> m_probeRuns; // by trunk SID: the last run in this session
    QComboBox *m_purposeCombo;
    QLabel *m_purposeNote;
    QPushButton *m_probeButton;
    QLabel *m_empty;
    QLabel *m_unchecked;
    QVBoxLayout *m_rows;
    QList<QWidget *> m_rowWidgets;
    CallPathView *m_callPath;
    DiagnosticsTools *m_tools;
};

// The edit action that fixes findings of `kind`, when it can be triggered now; nullptr for a
// manual fix or a disabled action.
QAction *fixActionFor(const TrunkEditActions &actions, FixKind kind);

} // namespace exotrunk::ui
