#include "accounts/profileswitcher.h"

#include "accounts/accountdialog.h"
#include "accounts/accountmanager.h"
#include "accounts/tokenrotationdialog.h"
#include "common/accessiblecombobox.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

namespace exotrunk {

ProfileSwitcher::ProfileSwitcher(AccountManager *manager, ConnectionVerifier verifier,
                                 QWidget *parent)
    : QWidget(parent)
    , m_manager(manager)
    , m_verifier(std::move(verifier)) {
    setObjectName(QStringLiteral("profileSwitcher"));

    m_combo = new QComboBox(this);
    ui::nameComboByField(m_combo);
    m_combo->setObjectName(QStringLiteral("profileCombo"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setMinimumContentsLength(16);
    m_combo->setPlaceholderText(tr("No account"));
    m_combo->setAccessibleName(tr("Active account"));
    m_combo->setToolTip(tr("The account the console works on"));

    m_addAction = new QAction(tr("&Add account…"), this);
    m_addAction->setObjectName(QStringLiteral("addProfileAction"));
    m_editAction = new QAction(tr("&Edit account…"), this);
    m_editAction->setObjectName(QStringLiteral("editProfileAction"));
    m_removeAction = new QAction(tr("&Remove account…"), this);
    m_removeAction->setObjectName(QStringLiteral("removeProfileAction"));
    m_rotateAction = new QAction(tr("Rotate API &token…"), this);
    m_rotateAction->setObjectName(QStringLiteral("rotateTokenAction"));

    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("profileMenu"));
    menu->addAction(m_addAction);
    menu->addAction(m_editAction);
    menu->addAction(m_rotateAction);
    menu->addSeparator();
    menu->addAction(m_removeAction);

    // A push button reserves room for its menu arrow; a tool button in instant-popup mode draws
    // the arrow over the end of its text (clipped "Accounts", worse in Hindi).
    m_menuButton = new QPushButton(tr("Accounts"), this);
    m_menuButton->setObjectName(QStringLiteral("profileActionsButton"));
    m_menuButton->setAccessibleName(tr("Account actions"));
    m_menuButton->setToolTip(tr("Add, edit or remove accounts and rotate an API token"));
    m_menuButton->setMenu(menu);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo);
    layout->addWidget(m_menuButton);

    connect(m_addAction, &QAction::triggered, this, [this] { openAddDialog(); });
    connect(m_editAction, &QAction::triggered, this, [this] { openEditDialog(currentId()); });
    connect(m_removeAction, &QAction::triggered, this, [this] { confirmRemove(currentId()); });
    connect(m_rotateAction, &QAction::triggered, this, [this] { openRotationDialog(currentId()); });
    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        const QString id = m_combo->itemData(index).toString();
        if (id.isEmpty() || !m_manager->setActiveProfile(id))
            return;
        emit profileActivated(id);
    });
    connect(m_manager, &AccountManager::profilesChanged, this, &ProfileSwitcher::rebuild);
    connect(m_manager, &AccountManager::activeProfileChanged, this, &ProfileSwitcher::selectActive);
    rebuild();
}

ProfileSwitcher::~ProfileSwitcher() = default;

void ProfileSwitcher::showAccountsMenu() {
    QMenu *menu = m_menuButton->menu();
    menu->popup(m_menuButton->mapToGlobal(QPoint(0, m_menuButton->height())));
    menu->setActiveAction(menu->actions().value(0));
}

QString ProfileSwitcher::labelFor(const AccountProfile &profile) {
    QString label = tr("%1 — %2").arg(profile.displayName, profile.regionLabel());
    if (profile.transient)
        label = tr("%1 (not saved)").arg(label);
    else if (profile.sessionOnlyToken)
        label = tr("%1 (this session)").arg(label);
    return label;
}

void ProfileSwitcher::rebuild() {
    m_rebuilding = true;
    m_combo->clear();
    for (const AccountProfile &p : m_manager->profiles()) {
        m_combo->addItem(labelFor(p), p.id);
        const int row = m_combo->count() - 1;
        m_combo->setItemData(
            row,
            tr("%1\nAccount %2 at %3").arg(p.displayName, p.accountSid, p.baseUrl().toString()),
            Qt::ToolTipRole);
    }
    m_rebuilding = false;
    selectActive();
}

void ProfileSwitcher::selectActive() {
    const int index = m_combo->findData(m_manager->activeProfileId());
    m_combo->setCurrentIndex(index);
    m_combo->setToolTip(index >= 0 ? m_combo->itemData(index, Qt::ToolTipRole).toString()
                                   : tr("No account yet: add one"));
    updateActions();
}

void ProfileSwitcher::updateActions() {
    const auto p = m_manager->profile(currentId());
    m_editAction->setEnabled(p && !p->transient);
    m_removeAction->setEnabled(p.has_value());
    m_rotateAction->setEnabled(p.has_value() && m_verifier != nullptr);
    m_combo->setEnabled(m_combo->count() > 0);
}

QString ProfileSwitcher::currentId() const {
    return m_combo->currentData().toString();
}

AccountDialog *ProfileSwitcher::openAddDialog() {
    auto *dialog = new AccountDialog(m_manager, m_verifier, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AccountDialog::profileSaved, this, [this](const QString &id) {
        // A profile the user just added is the one they mean to work on.
        m_manager->setActiveProfile(id);
        emit profileSaved(id);
    });
    dialog->open();
    return dialog;
}

AccountDialog *ProfileSwitcher::openEditDialog(const QString &profileId) {
    const auto p = m_manager->profile(profileId);
    if (!p || p->transient)
        return nullptr;
    auto *dialog = new AccountDialog(m_manager, m_verifier, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setProfile(*p);
    connect(dialog, &AccountDialog::profileSaved, this, &ProfileSwitcher::profileSaved);
    dialog->open();
    return dialog;
}

TokenRotationDialog *ProfileSwitcher::openRotationDialog(const QString &profileId) {
    if (!m_manager->profile(profileId) || !m_verifier)
        return nullptr;
    auto *dialog = new TokenRotationDialog(m_manager, m_verifier, profileId, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TokenRotationDialog::tokenRotated, this, &ProfileSwitcher::tokenRotated);
    dialog->open();
    return dialog;
}

void ProfileSwitcher::confirmRemove(const QString &profileId) {
    const auto p = m_manager->profile(profileId);
    if (!p)
        return;
    auto *box = new QMessageBox(window());
    box->setObjectName(QStringLiteral("removeProfileConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Question);
    box->setWindowTitle(tr("Remove account"));
    box->setText(
        tr("Remove the account “%1” (%2) from this console?").arg(p->displayName, p->accountSid));
    box->setInformativeText(
        p->transient || p->sessionOnlyToken
            ? tr("Nothing changes on Exotel.")
            : tr("Its API token is deleted from the system keychain. Nothing changes on Exotel."));
    QPushButton *remove = box->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemoveProfileButton"));
    box->addButton(QMessageBox::Cancel)->setObjectName(QStringLiteral("cancelRemoveProfileButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(remove, &QPushButton::clicked, this, [this, profileId] {
        m_manager->removeProfile(profileId, this, [this](const SecretResult &result) {
            if (result.isOk())
                return;
            auto *error = new QMessageBox(QMessageBox::Warning, tr("Remove account"),
                                          tr("The account was not removed. %1").arg(result.message),
                                          QMessageBox::Close, window());
            error->setObjectName(QStringLiteral("removeProfileError"));
            error->setAttribute(Qt::WA_DeleteOnClose);
            error->open();
        });
    });
    box->open();
}

} // namespace exotrunk
