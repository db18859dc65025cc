#include "wizard/finishsetupdialog.h"

#include "common/closeprompt.h"
#include "common/copybutton.h"
#include "domain/trunk.h"
#include "editing/secretclipboard.h"
#include "wizard/provisioningprogresswidget.h"
#include "workflows/provisioningengine.h"
#include "workflows/provisioninghandoff.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace exotrunk {

FinishSetupDialog::FinishSetupDialog(ExotelClient *client, ProvisioningJournal *journal,
                                     const QString &profileId, const TrunkSid &trunkSid,
                                     QWidget *parent)
    : QDialog(parent)
    , m_engine(new ProvisioningEngine(client, journal, this))
    , m_sid(trunkSid) {
    setObjectName(QStringLiteral("finishSetupDialog"));
    setWindowTitle(tr("Finish setup"));
    setAccessibleName(windowTitle());
    setMinimumSize(720, 460);

    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("finishSetupIntro"));
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_progress = new ProvisioningProgressWidget(this);
    layout->addWidget(m_progress, 2);

    m_handOff = new QPlainTextEdit(this);
    m_handOff->setObjectName(QStringLiteral("finishSetupHandOffText"));
    m_handOff->setAccessibleName(tr("Hand-off summary"));
    m_handOff->setAccessibleDescription(tr("What the SIP side needs to finish the set-up"));
    m_handOff->setReadOnly(true);
    m_handOff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_handOff->hide();
    layout->addWidget(m_handOff, 3);

    auto *row = new QHBoxLayout;
    m_showPassword = new QCheckBox(tr("&Include the SIP password"), this);
    m_showPassword->setObjectName(QStringLiteral("finishSetupShowPasswordCheck"));
    m_showPassword->setAccessibleDescription(tr("Shows the SIP password in the summary"));
    m_showPassword->hide();
    m_copy = new QPushButton(tr("C&opy summary"), this);
    m_copy->setObjectName(QStringLiteral("finishSetupCopyButton"));
    m_copy->setAccessibleDescription(tr("Copies the summary to the clipboard"));
    m_copy->hide();
    m_close = new QPushButton(tr("Close"), this);
    m_close->setObjectName(QStringLiteral("finishSetupCloseButton"));
    m_close->setAccessibleDescription(
        tr("Closes this window; what is still missing stays listed on the details page"));
    row->addWidget(m_showPassword);
    row->addStretch(1);
    row->addWidget(m_copy);
    row->addWidget(m_close);
    layout->addLayout(row);

    connect(m_close, &QPushButton::clicked, this, &FinishSetupDialog::reject);
    connect(m_showPassword, &QCheckBox::toggled, this, &FinishSetupDialog::updateHandOff);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        // With the password ticked the summary is a secret: same clipboard rules as the password.
        if (m_showPassword->isChecked())
            SecretClipboard::instance()->copy(m_handOff->toPlainText());
        else
            ui::copyToClipboard(m_handOff->toPlainText());
    });
    connect(m_engine, &ProvisioningEngine::stateChanged, this, &FinishSetupDialog::updateState);
    connect(m_engine, &ProvisioningEngine::finished, this, [this] { emit setupFinished(m_sid); });
    connect(m_engine, &ProvisioningEngine::rolledBack, this, [this] { emit rolledBack(m_sid); });

    m_progress->setEngine(m_engine);
    m_hasPlan = m_engine->reopen(profileId, trunkSid);

    // Visual order: the calls and their choices, then the summary, then the buttons.
    QWidget *previous = m_progress->list();
    for (const char *name : {"retryFailedButton", "keepAsIsButton", "rollBackButton"}) {
        if (auto *button = m_progress->findChild<QPushButton *>(QLatin1String(name))) {
            setTabOrder(previous, button);
            previous = button;
        }
    }
    for (QWidget *w : {static_cast<QWidget *>(m_handOff), static_cast<QWidget *>(m_showPassword),
                       static_cast<QWidget *>(m_copy), static_cast<QWidget *>(m_close)}) {
        setTabOrder(previous, w);
        previous = w;
    }
    updateState();
}

void FinishSetupDialog::updateState() {
    using S = ProvisioningEngine::State;
    const S s = m_engine->state();
    const QString name = m_engine->plan().request.trunkName;
    Trunk named; // "name (SID)", as every message names a trunk
    named.sid = m_sid;
    named.name = name;
    if (!m_hasPlan && s == S::Idle) {
        m_intro->setText(tr("Nothing is left to finish on trunk %1.").arg(m_sid.value()));
    } else if (s == S::Finished) {
        m_intro->setText(
            tr("<b>Trunk %1 is now complete.</b>").arg(named.nameAndSid().toHtmlEscaped()));
    } else if (s == S::RolledBack) {
        m_intro->setText(tr("<b>Rolled back:</b> trunk %1 was deleted.")
                             .arg(named.nameAndSid().toHtmlEscaped()));
    } else {
        m_intro->setText(tr("The setup of trunk <b>%1</b> (%2) did not finish. Retry sends only "
                            "what is missing; Roll back deletes the trunk.")
                             .arg(name.toHtmlEscaped(), m_sid.value()));
    }
    const bool done = s == S::Finished;
    m_handOff->setVisible(done);
    m_copy->setVisible(done);
    m_showPassword->setVisible(done && m_engine->plan().request.credential.has_value());
    // A password generated again must reach the SIP side: show it unasked.
    if (done && m_engine->plan().passwordRegenerated)
        m_showPassword->setChecked(true);
    if (done)
        updateHandOff();
}

void FinishSetupDialog::updateHandOff() {
    m_handOff->setPlainText(provisioningHandOff(m_engine->plan(), m_showPassword->isChecked()));
}

void FinishSetupDialog::reject() {
    if (!ui::mayCloseWhileProvisioning(this, m_engine))
        return;
    QDialog::reject();
}

} // namespace exotrunk
