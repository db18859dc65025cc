#pragma once

#include <QWidget>

class QFormLayout;
class QHBoxLayout;
class QLabel;
class QPushButton;

namespace exotrunk {

class SecretLineEdit;

// Shows a new credential's password the one time it can be shown, with a copy button. The
// clipboard is emptied again after SecretClipboard::clearDelay().
class OnceSecretPanel : public QWidget {
    Q_OBJECT
public:
    explicit OnceSecretPanel(QWidget *parent = nullptr);

    void setSecret(const QString &userName, const QString &password);
    // Shows the user name only, saying why the password is not there.
    void setPasswordUnavailable(const QString &userName, const QString &reason);
    void wipe();

private:
    void updateClearNote();

    QFormLayout *m_form = nullptr;
    QHBoxLayout *m_passwordRow = nullptr;
    QLabel *m_userName;
    SecretLineEdit *m_password;
    QPushButton *m_copy;
    QLabel *m_note;
    QLabel *m_copied;
};

} // namespace exotrunk
