#pragma once

#include "accounts/connectionverifier.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace exotrunk {

class AccountManager;
class TokenField;

// "Rotate API token": the new key/token is verified against the API first and only then
// replaces the saved one. Any failure leaves the profile exactly as it was.
class TokenRotationDialog : public QDialog {
    Q_OBJECT
public:
    TokenRotationDialog(AccountManager *manager, ConnectionVerifier verifier,
                        const QString &profileId, QWidget *parent = nullptr);
    ~TokenRotationDialog() override;

    QString profileId() const { return m_profileId; }

signals:
    void tokenRotated(const QString &profileId);

private:
    void updateState();
    void rotate();
    void showStatus(const QString &text, bool problem);

    AccountManager *m_manager = nullptr;
    ConnectionVerifier m_verifier;
    QString m_profileId;
    QPointer<QObject> m_runContext;

    QLabel *m_profileLabel = nullptr;
    QLineEdit *m_apiKeyEdit = nullptr;
    TokenField *m_tokenField = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_statusLabel = nullptr;
    QPushButton *m_rotateButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace exotrunk
