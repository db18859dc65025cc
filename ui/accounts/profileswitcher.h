#pragma once

#include "accounts/accountprofile.h"
#include "accounts/connectionverifier.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QPushButton;

namespace exotrunk {

class AccountDialog;
class AccountManager;
class TokenRotationDialog;

// The toolbar's account switcher: a combo of profiles ("name — region"), always showing
// the active one, and a menu with Add / Edit / Remove / Rotate API token. Choosing a profile
// makes it active in the AccountManager; whoever holds clients listens to
// AccountManager::activeProfileChanged (switching cancels the old profile's requests there).
class ProfileSwitcher : public QWidget {
    Q_OBJECT
public:
    ProfileSwitcher(AccountManager *manager, ConnectionVerifier verifier,
                    QWidget *parent = nullptr);
    ~ProfileSwitcher() override;

    QComboBox *comboBox() const { return m_combo; }
    QAction *addProfileAction() const { return m_addAction; }
    QAction *editProfileAction() const { return m_editAction; }
    QAction *removeProfileAction() const { return m_removeAction; }
    QAction *rotateTokenAction() const { return m_rotateAction; }

    // "Acme — Mumbai"; transient and session-only profiles say so.
    static QString labelFor(const AccountProfile &profile);

    // The dialogs open window-modal and return at once; the pointer is for callers and tests
    // that want to watch them. Null when there is nothing to act on.
    AccountDialog *openAddDialog();
    AccountDialog *openEditDialog(const QString &profileId);
    TokenRotationDialog *openRotationDialog(const QString &profileId);
    // Asks for confirmation (object name "removeProfileConfirmation"), then removes.
    void confirmRemove(const QString &profileId);
    // Opens the Accounts menu (Add / Edit / Rotate / Remove) below its toolbar button, for the
    // menu bar's "Manage Accounts…".
    void showAccountsMenu();

signals:
    // The user picked a profile in the combo (it is already active in the manager).
    void profileActivated(const QString &id);
    // A profile was saved from the Add or Edit dialog.
    void profileSaved(const QString &id);
    void tokenRotated(const QString &id);

private:
    void rebuild();
    void selectActive();
    void updateActions();
    QString currentId() const;

    AccountManager *m_manager = nullptr;
    ConnectionVerifier m_verifier;
    QComboBox *m_combo = nullptr;
    QPushButton *m_menuButton = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_rotateAction = nullptr;
    bool m_rebuilding = false;
};

} // namespace exotrunk
