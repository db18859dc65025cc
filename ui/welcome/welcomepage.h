#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace exotrunk::ui {

// First run: no account yet. Offers to add one or to explore the built-in sandbox.
class WelcomePage : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

    QPushButton *addAccountButton() const { return m_addAccount; }
    QPushButton *exploreSandboxButton() const { return m_exploreSandbox; }
    // Shown under the buttons, e.g. why the sandbox could not start.
    void setNote(const QString &text);

signals:
    void addAccountRequested();
    void exploreSandboxRequested();

private:
    QPushButton *m_addAccount;
    QPushButton *m_exploreSandbox;
    QLabel *m_note;
};

} // namespace exotrunk::ui
