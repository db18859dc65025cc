#include "welcomepage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace exotrunk::ui {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("welcomePage"));

    auto *title = new QLabel(tr("Welcome to Exotrunk Console"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.8);
    f.setBold(true);
    title->setFont(f);
    title->setAlignment(Qt::AlignCenter);

    auto *intro = new QLabel(
        tr("Create and look after Exotel SIP trunks for your customers' accounts. Add an "
           "account with its API key and token — the token is kept in your system keychain — "
           "or try everything first on the built-in sandbox, whose changes never reach "
           "Exotel."),
        this);
    intro->setWordWrap(true);
    intro->setAlignment(Qt::AlignCenter);
    intro->setMaximumWidth(560);

    m_addAccount = new QPushButton(tr("Add an Exotel Account…"), this);
    m_addAccount->setObjectName(QStringLiteral("addAccountButton"));
    m_addAccount->setDefault(true);
    m_addAccount->setToolTip(tr("Connect the console to an Exotel account with its API key and "
                                "token"));
    m_addAccount->setMinimumHeight(m_addAccount->sizeHint().height() * 3 / 2);
    m_exploreSandbox = new QPushButton(tr("Explore the Sandbox"), this);
    m_exploreSandbox->setObjectName(QStringLiteral("exploreSandboxButton"));
    m_exploreSandbox->setToolTip(tr("Try the console on a built-in server with demo trunks; "
                                    "nothing reaches Exotel"));
    m_exploreSandbox->setMinimumHeight(m_addAccount->minimumHeight());
    connect(m_addAccount, &QPushButton::clicked, this, &WelcomePage::addAccountRequested);
    connect(m_exploreSandbox, &QPushButton::clicked, this, &WelcomePage::exploreSandboxRequested);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("welcomeNote"));
    m_note->setWordWrap(true);
    m_note->setAlignment(Qt::AlignCenter);
    m_note->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_addAccount);
    buttons->addSpacing(12);
    buttons->addWidget(m_exploreSandbox);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(title);
    layout->addSpacing(10);
    layout->addWidget(intro, 0, Qt::AlignHCenter);
    layout->addSpacing(20);
    layout->addLayout(buttons);
    layout->addSpacing(10);
    layout->addWidget(m_note, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

void WelcomePage::setNote(const QString &text) {
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

} // namespace exotrunk::ui
