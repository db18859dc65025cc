#include "editing/oncesecretpanel.h"

#include "domain/secretmemory.h"
#include "editing/secretclipboard.h"
#include "editing/secretlineedit.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace exotrunk {

OnceSecretPanel::OnceSecretPanel(QWidget *parent)
    : QWidget(parent)
    , m_userName(new QLabel(this))
    , m_password(new SecretLineEdit(this))
    , m_copy(new QPushButton(tr("&Copy password"), this))
    , m_note(new QLabel(this))
    , m_copied(new QLabel(this)) {
    setObjectName(QStringLiteral("onceSecretPanel"));
    m_userName->setObjectName(QStringLiteral("userNameValue"));
    m_userName->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_password->setObjectName(QStringLiteral("passwordValue"));
    m_password->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_password->setAccessibleName(tr("New password"));
    m_password->setAccessibleDescription(tr("Shown only now; it cannot be read back later"));
    m_copy->setObjectName(QStringLiteral("copyPasswordButton"));
    m_copy->setToolTip(tr("Copy the password; the clipboard is cleared again shortly"));
    m_note->setObjectName(QStringLiteral("onceNote"));
    m_note->setWordWrap(true);
    m_copied->setObjectName(QStringLiteral("copiedLabel"));

    m_form = new QFormLayout;
    m_form->addRow(tr("User name:"), m_userName);
    m_passwordRow = new QHBoxLayout;
    m_passwordRow->addWidget(m_password, 1);
    m_passwordRow->addWidget(m_copy);
    m_form->addRow(tr("Password:"), m_passwordRow);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_form);
    layout->addWidget(m_note);
    layout->addWidget(m_copied);

    connect(m_copy, &QPushButton::clicked, this, [this] {
        m_password->copySecret();
        m_copied->setText(tr("Copied. The clipboard is cleared in %n second(s) if it still "
                             "holds the password.",
                             nullptr, int(SecretClipboard::clearDelay().count() / 1000)));
    });
    updateClearNote();
}

void OnceSecretPanel::updateClearNote() {
    m_note->setText(tr("<b>This password is shown only now.</b> Exotel never returns it and the "
                       "console does not store it: copy it to the peer's configuration before "
                       "you leave this page."));
}

void OnceSecretPanel::setSecret(const QString &userName, const QString &password) {
    m_userName->setText(userName);
    // The field gets a buffer of its own: the caller can then zero its copy without the
    // zeroing detaching it from one the widget still holds.
    m_password->setText(unsharedCopy(password));
    m_form->setRowVisible(m_passwordRow, true);
    m_copy->setEnabled(!password.isEmpty());
    m_copied->clear();
    updateClearNote();
}

void OnceSecretPanel::setPasswordUnavailable(const QString &userName, const QString &reason) {
    m_userName->setText(userName);
    m_password->clear();
    m_form->setRowVisible(m_passwordRow, false);
    m_copied->clear();
    m_note->setText(reason);
}

void OnceSecretPanel::wipe() {
    m_password->clear();
    m_copy->setEnabled(false);
}

} // namespace exotrunk
