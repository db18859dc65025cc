#pragma once

#include "validation/validators.h"

#include <QWizardPage>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace exotrunk {

class ProvisioningProgressWidget;
class TrunkWizardController;

namespace ui {
class DestinationRowsEditor;
class IpRowsEditor;
} // namespace ui

class UseCaseWizardPage : public QWizardPage {
    Q_OBJECT
public:
    UseCaseWizardPage(TrunkWizardController *controller, QWidget *parent = nullptr);
    void initializePage() override;
    bool validatePage() override;

private:
    void sync();
    TrunkWizardController *m_controller;
    QButtonGroup *m_group = nullptr;
    QComboBox *m_provider = nullptr;
    QLabel *m_presetNote = nullptr;
};

class TrunkDetailsWizardPage : public QWizardPage {
    Q_OBJECT
public:
    TrunkDetailsWizardPage(TrunkWizardController *controller, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void check();
    TrunkWizardController *m_controller;
    QLineEdit *m_name = nullptr;
    QLabel *m_nameMessage = nullptr;
    QLineEdit *m_alias = nullptr;
    QLabel *m_aliasMessage = nullptr;
    QLineEdit *m_domain = nullptr;
};

class NumberWizardPage : public QWizardPage {
    Q_OBJECT
public:
    NumberWizardPage(TrunkWizardController *controller, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void check();
    TrunkWizardController *m_controller;
    QLineEdit *m_number = nullptr;
    QLabel *m_numberMessage = nullptr;
    QLabel *m_mode = nullptr;
    QLabel *m_modeReason = nullptr;
};

class AuthWizardPage : public QWizardPage {
    Q_OBJECT
public:
    AuthWizardPage(TrunkWizardController *controller, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void apply(); // widgets → request, then show the verdicts
    TrunkWizardController *m_controller;
    QCheckBox *m_useWhitelist = nullptr;
    ui::IpRowsEditor *m_ips = nullptr;
    QCheckBox *m_useCredential = nullptr;
    QLineEdit *m_userName = nullptr;
    QLineEdit *m_friendlyName = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_generate = nullptr;
    QPushButton *m_copy = nullptr;
    QLabel *m_credentialMessage = nullptr;
    QLabel *m_warnings = nullptr;
    bool m_initialising = false;
};

class DestinationWizardPage : public QWizardPage {
    Q_OBJECT
public:
    DestinationWizardPage(TrunkWizardController *controller, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void apply();
    bool includesDestination() const;
    TrunkWizardController *m_controller;
    QCheckBox *m_include = nullptr;
    QLabel *m_advice = nullptr;
    ui::DestinationRowsEditor *m_destinations = nullptr;
    QLabel *m_note = nullptr;
    bool m_initialising = false;
};

class ReviewWizardPage : public QWizardPage {
    Q_OBJECT
public:
    ReviewWizardPage(TrunkWizardController *controller, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;

private:
    TrunkWizardController *m_controller;
    QPlainTextEdit *m_calls = nullptr;
    QLabel *m_warnings = nullptr;
};

class ProgressWizardPage : public QWizardPage {
    Q_OBJECT
public:
    ProgressWizardPage(TrunkWizardController *controller, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;

private:
    TrunkWizardController *m_controller;
    ProvisioningProgressWidget *m_progress = nullptr;
};

class DoneWizardPage : public QWizardPage {
    Q_OBJECT
public:
    DoneWizardPage(TrunkWizardController *controller, QWidget *parent = nullptr);
    void initializePage() override;

private:
    void refresh();
    TrunkWizardController *m_controller;
    QLabel *m_headline = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    QCheckBox *m_showPassword = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace exotrunk
