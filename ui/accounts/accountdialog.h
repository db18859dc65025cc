#pragma once

#include "accounts/accountprofile.h"
#include "accounts/connectionverifier.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace exotrunk {

class AccountManager;
class CaCertificateField;
class TokenField;

// Add or edit an account profile. "Test connection" runs the injected verifier with the
// fields as they are, before anything is saved. Saving writes the token to the system
// keychain; when there is none, the dialog says so and offers "Use for this session only".
class AccountDialog : public QDialog {
    Q_OBJECT
public:
    AccountDialog(AccountManager *manager, ConnectionVerifier verifier, QWidget *parent = nullptr);
    ~AccountDialog() override;

    // Switches to editing `profile`: an empty token field keeps the saved token.
    void setProfile(const AccountProfile &profile);
    bool isEditing() const { return !m_editedId.isEmpty(); }

    // The profile as the fields describe it (id set when editing).
    AccountProfile profileFromFields() const;
    // Empty when Save may be pressed; otherwise the first problem, in words.
    QString validationProblem() const;
    // The id of the saved profile once accepted.
    QString savedProfileId() const { return m_savedId; }

signals:
    void profileSaved(const QString &id);

private:
    void updateState();
    void onFieldsEdited();
    void testConnection();
    void runVerifier(const ClientConfig &config);
    void cancelTest();
    void finishTest();
    void save(bool sessionOnly);
    void setBusy(bool busy);
    void showStatus(const QString &text, bool problem);

    AccountManager *m_manager = nullptr;
    ConnectionVerifier m_verifier;
    QString m_editedId;
    QString m_savedId;
    // The id a new profile is saved under, the same for every try: a keychain write of an
    // earlier try that completes late lands on the entry a later try overwrites.
    QString m_newProfileId;
    bool m_editedSessionOnly = false;
    bool m_busy = false;
    QPointer<QObject> m_testContext;

    QLineEdit *m_nameEdit = nullptr;
    QComboBox *m_regionCombo = nullptr;
    QToolButton *m_advancedToggle = nullptr;
    QWidget *m_advancedPanel = nullptr;
    QLineEdit *m_customUrlEdit = nullptr;
    CaCertificateField *m_caField = nullptr;
    QLineEdit *m_accountSidEdit = nullptr;
    QLineEdit *m_apiKeyEdit = nullptr;
    TokenField *m_tokenField = nullptr;
    QLabel *m_validationLabel = nullptr;
    QPushButton *m_testButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_statusLabel = nullptr;
    QWidget *m_keychainPanel = nullptr;
    QLabel *m_keychainLabel = nullptr;
    QPushButton *m_sessionOnlyButton = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace exotrunk
