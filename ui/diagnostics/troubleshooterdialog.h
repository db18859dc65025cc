#pragma once

#include "diagnostics/troubleshooter.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QVBoxLayout;

namespace exotrunk {
class NumberLookup;
} // namespace exotrunk

namespace exotrunk::ui {

// Pick or type a SIP response code (or a symptom) and the call's direction: the dialog says what
// the code means, where the problem most likely lies and what to check (section 16, 15.1), and
// checks what it can on this trunk — the PBX's IP against the whitelist for a 403, the user name
// against the credentials for a 401, the number's mapping for a 404, E.164 for a 484 — and offers
// the reachability probe for timeouts. The rules live in models/diagnostics.
class TroubleshooterDialog : public QDialog {
    Q_OBJECT
public:
    TroubleshooterDialog(const QString &trunkLabel, const TrunkConfiguration &config,
                         QWidget *parent = nullptr);

    // The trunk's sections as they are now (one may have finished loading meanwhile).
    void setConfiguration(const TrunkConfiguration &config);
    // Lets a 404 ask the account which trunk has the number (the dialog takes ownership).
    void setNumberLookup(NumberLookup *lookup);

signals:
    // The check for a timeout-like code asks for the reachability probe.
    void probeRequested();

private:
    std::optional<TroubleEntry> currentEntry() const;
    void update();
    void showChecks(const QList<TroubleCheckResult> &checks);
    void showAskButton(bool wanted);
    void askAccount();

    TrunkConfiguration m_config;
    QComboBox *m_code;
    QRadioButton *m_outbound;
    QRadioButton *m_inbound;
    QLineEdit *m_ip;
    QLineEdit *m_user;
    QLineEdit *m_number;
    QLabel *m_ipLabel;
    QLabel *m_userLabel;
    QLabel *m_numberLabel;
    QLabel *m_title;
    QLabel *m_explanation;
    QVBoxLayout *m_checks;
    QList<QWidget *> m_checkWidgets;
    QPushButton *m_probe;
    QPushButton *m_ask;
    QLabel *m_accountAnswer;
    NumberLookup *m_lookup = nullptr;
};

} // namespace exotrunk::ui
